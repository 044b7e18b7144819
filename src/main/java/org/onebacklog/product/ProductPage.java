package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.account.Access;
import org.onebacklog.account.Member;
import org.onebacklog.web.Shell;

/**
 * How every page of one product starts: find the product, check that the caller may see it (anyone else is refused
 * here), and build the layout around the page, whose body classes switch on the controls this person may use.
 */
@ApplicationScoped
public class ProductPage {

    /** A product's page, opened for its caller. */
    public record Opened(Product product, Member member, Shell shell) {
    }

    @Inject
    ProductService products;

    @Inject
    Access access;

    /** The product's {@code section} (its view in the navigation), for any member of its team. */
    public Opened open(String key, String section) {
        return open(products.find(key), section);
    }

    public Opened open(Product product, String section) {
        return opened(access.member(product), product, section);
    }

    /** A page only the people who run the sprints may open (the Product Owner and the Scrum Master). */
    public Opened forSprintRunner(String key, String section) {
        Product product = products.find(key);
        return opened(access.sprintRunner(product), product, section);
    }

    private static Opened opened(Member member, Product product, String section) {
        return new Opened(product, member, shell(member, product, section));
    }

    static Shell shell(Member member, Product product, String section) {
        StringBuilder classes = new StringBuilder();
        if (member.canContribute()) {
            classes.append("can-contribute ");
        }
        if (member.canOrderBacklog()) {
            classes.append("can-order ");
        }
        if (member.canRunSprints()) {
            classes.append("can-run ");
        }
        String role = member.admin() ? "Admin" : member.role().label();
        return new Shell(member.username(), member.admin(), product.key, product.name, role, section,
                classes.toString().trim());
    }
}
