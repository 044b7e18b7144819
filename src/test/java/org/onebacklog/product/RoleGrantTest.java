package org.onebacklog.product;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

/** Who may give which role: the Product Owner role is the Product Owner's to give, and nobody promotes themselves. */
@QuarkusTest
class RoleGrantTest {

    private static String members(String shop) {
        return "/api/v1/products/" + shop + "/members";
    }

    @Test
    void aScrumMasterCannotMakeAnyoneProductOwnerLeastOfAllThemselves() {
        String shop = product("RG");
        String sm = member(shop, "SCRUM_MASTER");
        String dev = member(shop, "DEVELOPER");
        asUser(sm).body(Map.of("username", sm, "role", "PRODUCT_OWNER")).post(members(shop)).then().statusCode(403)
                .body("detail", containsString("own role"));
        asUser(sm).body(Map.of("username", dev, "role", "PRODUCT_OWNER")).post(members(shop)).then().statusCode(403)
                .body("detail", containsString("Product Owner role"));
        asUser(sm).body(Map.of("username", "newcomer-" + shop.toLowerCase(), "role", "PRODUCT_OWNER", "password",
                "long-enough-password")).post(members(shop)).then().statusCode(403);
        asAdmin().get(members(shop)).then().body("findAll { it.role == 'PRODUCT_OWNER' }.username",
                not(hasItem(sm))).body("username", not(hasItem("newcomer-" + shop.toLowerCase())));
        // The page form is held to the same rule.
        Browser.user(sm).form().formParam("username", sm).formParam("role", "PRODUCT_OWNER")
                .post("/products/" + shop + "/members").then().statusCode(403);
        // What a Scrum Master may do: bring in developers and change their roles.
        asUser(sm).body(Map.of("username", dev, "role", "VIEWER")).post(members(shop)).then().statusCode(200);
    }

    @Test
    void theProductOwnerGivesTheRoleButKeepsTheLastOne() {
        String shop = product("RP");
        String po = member(shop, "PRODUCT_OWNER");
        String dev = member(shop, "DEVELOPER");
        asUser(po).body(Map.of("username", po, "role", "DEVELOPER")).post(members(shop)).then().statusCode(403);
        // The admin who created the product is its other Product Owner until it steps back.
        asAdmin().body(Map.of("username", "admin", "role", "VIEWER")).post(members(shop)).then().statusCode(200);
        asAdmin().body(Map.of("username", po, "role", "DEVELOPER")).post(members(shop)).then().statusCode(409)
                .body("detail", containsString("only Product Owner")).body("current.username", org.hamcrest.Matchers.is(po));
        asUser(po).body(Map.of("username", dev, "role", "PRODUCT_OWNER")).post(members(shop)).then().statusCode(200);
        asUser(dev).body(Map.of("username", po, "role", "DEVELOPER")).post(members(shop)).then().statusCode(200);
        asAdmin().get(members(shop)).then().body("find { it.username == '" + po + "' }.role",
                org.hamcrest.Matchers.is("DEVELOPER"));
    }
}
