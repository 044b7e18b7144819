package org.onebacklog.dod;

import java.math.BigDecimal;
import java.util.List;

/** A product's Definition of Done as shown and sent: its version number and its criteria in order. */
public record DefinitionOfDone(int version, List<CriterionView> criteria) {

    /** One criterion as the API shows it. */
    public record CriterionView(long id, String text, boolean impliesTask, String taskTitle, TaskCategory category,
            BigDecimal estimate, BigDecimal estimateShare) {

        static CriterionView of(Criterion criterion) {
            return new CriterionView(criterion.id, criterion.text, criterion.impliesTask, criterion.taskTitle,
                    criterion.category, plain(criterion.estimate), plain(criterion.estimateShare));
        }

        private static BigDecimal plain(BigDecimal value) {
            return org.onebacklog.backlog.Estimates.plain(value);
        }

        /** "2 points", "25 % of the item": what the implied task costs, for people. */
        public String estimateText(String unit) {
            if (estimate != null) {
                String amount = org.onebacklog.backlog.Estimates.format(estimate);
                return amount + " " + ("1".equals(amount) && unit.endsWith("s") ? unit.substring(0, unit.length() - 1)
                        : unit);
            }
            if (estimateShare != null) {
                return org.onebacklog.backlog.Estimates.format(estimateShare.movePointRight(2)) + " % of the item";
            }
            return "";
        }
    }
}
