package org.onebacklog.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole product as one versioned JSON document: the backup a team downloads and the file an import recreates.
 * Plain records, never entities, so the document's shape is decided here and not by the tables.
 *
 * <p>The document names nothing by database id or product key, so that the export of an import equals the original:
 * items by their number (SHOP-7 is item 7), sprints, tasks and DoD criteria by a {@code ref} counted from 1 in the
 * document, people by username. Secrets never leave: no password hash, API token, display token or webhook secret.
 */
public record ProductDocument(String format, Integer version, Instant exportedAt, Body product) {

    public static final String FORMAT = "onebacklog-product";
    public static final int VERSION = 1;

    /** The product and everything it owns. */
    @Schema(name = "DocumentProduct")
    public record Body(String key, String name, String unit, String standupTime, Integer agingDays,
            Integer nextItemNumber, Instant createdAt, List<Member> members, Policy capacityPolicy,
            List<Column> columns, List<Criterion> criteria, List<DodVersion> dodVersions, List<Item> items,
            List<Sprint> sprints, List<Task> tasks, List<HistoryRecord> history, List<Display> displays,
            List<Webhook> webhooks) {
    }

    /** A member of the team by username and role; the account itself stays on its instance. */
    @Schema(name = "DocumentMember")
    public record Member(String username, String role) {

        /** The role as the restore page names it ("Product Owner"); a role this version does not know, as written. */
        public String roleLabel() {
            return java.util.Arrays.stream(org.onebacklog.product.Role.values()).filter(r -> r.name().equals(role))
                    .findFirst().map(org.onebacklog.product.Role::label).orElse(role);
        }
    }

    @Schema(name = "DocumentPolicy")
    public record Policy(BigDecimal reservedShare, String mode) {
    }

    /** A board column as saved; an empty list means the product kept the default four. */
    @Schema(name = "DocumentColumn")
    public record Column(String key, String name, Integer wipLimit, boolean wipHard, Integer agingDays) {
    }

    /** A DoD criterion, removed ones included: the tasks they generated keep their link. */
    @Schema(name = "DocumentCriterion")
    public record Criterion(int ref, int position, String text, boolean impliesTask, String taskTitle,
            String category, BigDecimal estimate, BigDecimal estimateShare, boolean removed) {
    }

    /** A saved version of the DoD, its criteria as stored but with {@code id} rewritten to the criterion's ref. */
    @Schema(name = "DocumentDodVersion")
    public record DodVersion(int number, JsonNode criteria, String createdBy, Instant createdAt) {
    }

    /** A backlog item; {@code sprint} is the ref of the sprint it is committed to now. */
    @Schema(name = "DocumentItem")
    public record Item(Integer number, String kind, String title, String description, BigDecimal estimate,
            String valueStatement, List<String> labels, String status, String rank, Integer sprint,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, String blockedReason,
            String blockedBy, Instant blockedAt, Instant archivedAt) {
    }

    @Schema(name = "DocumentSprint")
    public record Sprint(int ref, String name, String goal, LocalDate start, LocalDate end, BigDecimal capacity,
            BigDecimal reservedShareOverride, String shareOverrideReason, String state, Instant startedAt,
            Instant closedAt, BigDecimal completedEstimate, Instant createdAt, List<Commitment> commitments) {
    }

    /** An item committed to a sprint, with its override of the capacity policy and what became of it. */
    @Schema(name = "DocumentCommitment")
    public record Commitment(int item, String committedBy, Instant committedAt, Instant removedAt,
            Integer dodVersion, String overrideReason, String overrideBy, String outcome) {
    }

    /** A task of an item; {@code criterion} is the ref of the DoD criterion it was generated from. */
    @Schema(name = "DocumentTask")
    public record Task(int ref, int item, String title, String description, String column, String rank,
            String assignee, BigDecimal estimate, BigDecimal remaining, Integer criterion, String category,
            boolean waived, String waiveReason, String waivedBy, Instant waivedAt, Instant createdAt,
            Instant inColumnSince, String blockedReason, String blockedBy, Instant blockedAt, String updatedBy,
            Instant updatedAt) {
    }

    /**
     * One row of the record the review replays. {@code item} is the item's number, {@code sprint} and {@code task}
     * refs; a task removed since is still given a ref (listed after the live tasks) so its entries stay together.
     */
    @Schema(name = "DocumentHistoryRecord")
    public record HistoryRecord(Instant happenedAt, String kind, Integer sprint, Integer item, Integer task,
            String itemKind, BigDecimal amount, BigDecimal reservedShare, Boolean done, boolean dodTask,
            String reason, String actor, String fromColumn, String toColumn, String title) {
    }

    /** A TV display by name only: its token is a secret and is not exported. */
    @Schema(name = "DocumentDisplay")
    public record Display(String name, Integer rotateSeconds, String createdBy, Instant createdAt) {
    }

    /** A webhook's address and events; never its signing secret. */
    @Schema(name = "DocumentWebhook")
    public record Webhook(String url, List<String> events) {
    }
}
