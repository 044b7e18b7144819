package org.onebacklog.jira;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.BacklogService;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/**
 * Brings a Jira CSV export into a product's backlog: a preview that writes nothing, and the import itself, every
 * item in one transaction through {@link BacklogService} (so the record, the live views and the webhooks see each
 * item added). The Product Owner's call, as the backlog's order is theirs.
 */
@ApplicationScoped
public class JiraImportService {

    /** The plan and the items it added, in the backlog's order. */
    public record Imported(ImportPlan plan, List<BacklogItem> items) {
    }

    @Inject
    Access access;

    @Inject
    ProductService products;

    @Inject
    BacklogService backlog;

    /** What the import would add, and its warnings; nothing is written. */
    public ImportPlan preview(String productKey, byte[] csv, TypeChoice others, TypeChoice subTasks) {
        Product product = products.find(productKey);
        if (!access.member(product).canOrderBacklog()) {
            throw new Forbidden("Only the Product Owner of " + product.key + " imports items into its backlog");
        }
        return JiraIssues.plan(CsvReader.text(csv), others, subTasks);
    }

    /** Adds the items of the export at the bottom of the backlog, in Jira's order, all or none. */
    @Transactional
    public Imported importIssues(String productKey, byte[] csv, TypeChoice others, TypeChoice subTasks) {
        ImportPlan plan = preview(productKey, csv, others, subTasks);
        List<BacklogItem> items = backlog.addImported(productKey,
                plan.items().stream().map(ImportedItem::draft).toList());
        return new Imported(plan, items);
    }
}
