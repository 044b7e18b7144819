package org.onebacklog.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Item keys to numbers and a DoD version's criterion ids to refs, without Quarkus. */
class TransferIdsTest {

    @Test
    void anItemKeyOfTheProductGivesItsNumberAndAnyOtherNone() {
        assertEquals(7, TransferIds.itemNumber("SHOP-7", "SHOP-"));
        assertEquals(120, TransferIds.itemNumber("SHOP-120", "SHOP-"));
        assertNull(TransferIds.itemNumber("SHOPPING-7", "SHOP-"));
        assertNull(TransferIds.itemNumber("SHOP-x", "SHOP-"));
        assertNull(TransferIds.itemNumber(null, "SHOP-"));
    }

    @Test
    void criterionIdsAreRewrittenAndUnknownOnesKept() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode snapshot = json.readTree("[{\"id\": 951, \"text\": \"Reviewed\"}, {\"id\": 952, \"text\": \"Tested\"},"
                + " {\"id\": 7, \"text\": \"Unknown\"}]");
        JsonNode rewritten = TransferIds.rewriteCriterionIds(snapshot, Map.of(951L, 1, 952L, 2)::get);
        assertEquals("[{\"id\":1,\"text\":\"Reviewed\"},{\"id\":2,\"text\":\"Tested\"},{\"id\":7,\"text\":\"Unknown\"}]",
                rewritten.toString());
        assertEquals(951, snapshot.get(0).get("id").asInt(), "the stored snapshot is left as it is");
        assertNull(TransferIds.rewriteCriterionIds(null, Map.of(1L, 1)::get));
    }
}
