package org.onebacklog.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    /** A backlog item as the simulations see it: a stable identity and its current rank key. */
    private static final class Item {
        final int id;
        String key;

        Item(int id, String key) {
            this.id = id;
            this.key = key;
        }
    }

    @Test
    void alphabetOrderAgreesWithStringCompareTo() {
        for (int i = 1; i < ALPHABET.length(); i++) {
            String lower = ALPHABET.substring(i - 1, i);
            String higher = ALPHABET.substring(i, i + 1);
            assertTrue(lower.compareTo(higher) < 0, lower + " < " + higher);
        }
    }

    @Test
    void betweenWithOpenAndClosedEndsIsStrictlyOrderedAndValid() {
        String middle = Ranking.between(null, null);
        assertEquals("i", middle);

        String after = Ranking.between(middle, null);
        String before = Ranking.between(null, middle);
        assertValid(after);
        assertValid(before);
        assertTrue(middle.compareTo(after) < 0, middle + " < " + after);
        assertTrue(before.compareTo(middle) < 0, before + " < " + middle);

        String inside = Ranking.between(before, after);
        assertValid(inside);
        assertTrue(before.compareTo(inside) < 0, before + " < " + inside);
        assertTrue(inside.compareTo(after) < 0, inside + " < " + after);
    }

    @Test
    void keysStayShortWhereThereIsRoom() {
        // Far apart: a single character.
        assertEquals(1, Ranking.between("1", "y").length());
        assertEquals(1, Ranking.between("1abc", "5").length());
        // Adjacent: one character more than the longer neighbour at most.
        assertEquals(2, Ranking.between("a", "b").length());
        assertEquals(3, Ranking.between("a1", "a2").length());
        // The end of the list is reached with a short step, not a bisection towards 1.
        assertEquals(1, Ranking.between("i5k3f", null).length());
        assertEquals(1, Ranking.between(null, "i5k3f").length());
    }

    @Test
    void betweenRandomPairsOfValidKeys() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String a = randomKey(random);
            // Half of the pairs share a prefix, so that the interesting cases (long common prefixes) are covered.
            String b = random.nextBoolean() ? randomKey(random) : a.substring(0, random.nextInt(a.length()))
                    + randomKey(random);
            if (a.equals(b)) {
                continue;
            }
            String low = a.compareTo(b) < 0 ? a : b;
            String high = a.compareTo(b) < 0 ? b : a;
            String key = Ranking.between(low, high);
            assertValid(key);
            assertTrue(low.compareTo(key) < 0 && key.compareTo(high) < 0, low + " < " + key + " < " + high);
            assertTrue(key.length() <= Math.max(low.length(), high.length()) + 1, low + " / " + key + " / " + high);

            String up = Ranking.between(low, null);
            assertValid(up);
            assertTrue(low.compareTo(up) < 0, low + " < " + up);
            String down = Ranking.between(null, high);
            assertValid(down);
            assertTrue(down.compareTo(high) < 0, down + " < " + high);
        }
    }

    @Test
    void extremeKeysStillHaveRoomOnBothSides() {
        for (String key : List.of("1", "01", "0001", "z", "zz", "zzzz", "0z", "z1")) {
            String down = Ranking.between(null, key);
            String up = Ranking.between(key, null);
            assertValid(down);
            assertValid(up);
            assertTrue(down.compareTo(key) < 0, down + " < " + key);
            assertTrue(key.compareTo(up) < 0, key + " < " + up);
        }
        assertEquals("0zz", Ranking.between(null, "1"));
        assertEquals("z01", Ranking.between("z", null));
        // A hand-made key with a long run of 'z' does not produce an overlong key.
        assertTrue(Ranking.between("z".repeat(40), null).length() <= Ranking.REBALANCE_LENGTH + 1);
        assertTrue(Ranking.between(null, "0".repeat(40) + "1").length() <= Ranking.REBALANCE_LENGTH + 1);
    }

    @Test
    void betweenRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("b", "a"));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("", null));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between(null, ""));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("a0", null));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between(null, "A"));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("a", "b-"));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("a ", "b"));
        assertThrows(IllegalArgumentException.class, () -> Ranking.between("é", null));
        assertThrows(IllegalArgumentException.class, () -> Ranking.evenlySpaced(-1));
    }

    @Test
    void validityAndRebalanceThreshold() {
        assertTrue(Ranking.isValid("i"));
        assertTrue(Ranking.isValid("0001"));
        assertTrue(Ranking.isValid("z"));
        assertFalse(Ranking.isValid(null));
        assertFalse(Ranking.isValid(""));
        assertFalse(Ranking.isValid("0"));
        assertFalse(Ranking.isValid("i0"));
        assertFalse(Ranking.isValid("I"));
        assertFalse(Ranking.isValid("i_"));

        assertFalse(Ranking.needsRebalance("a".repeat(Ranking.REBALANCE_LENGTH)));
        assertTrue(Ranking.needsRebalance("a".repeat(Ranking.REBALANCE_LENGTH + 1)));
        assertTrue(Ranking.REBALANCE_LENGTH < Ranking.MAX_LENGTH);
    }

    @Test
    void hundredInsertsIntoTheSameGapStayBelowTheRebalanceLength() {
        List<String> start = Ranking.evenlySpaced(2);

        String newest = start.get(1);
        for (int i = 0; i < 100; i++) {
            newest = Ranking.between(start.get(0), newest);
        }
        System.out.println("100 same-gap inserts next to a fixed left key: length " + newest.length());
        assertTrue(newest.length() <= 25, "length " + newest.length());

        newest = start.get(0);
        for (int i = 0; i < 100; i++) {
            newest = Ranking.between(newest, start.get(1));
        }
        System.out.println("100 same-gap inserts next to a fixed right key: length " + newest.length());
        assertTrue(newest.length() <= 25, "length " + newest.length());
    }

    @Test
    void thousandInsertsIntoTheSameGapNextToAFixedLeftKey() {
        sameGapInserts(true);
    }

    @Test
    void thousandInsertsIntoTheSameGapNextToAFixedRightKey() {
        sameGapInserts(false);
    }

    /**
     * Inserts 1,000 items always into the same gap: right after the first item (fixed left neighbour, the newest item
     * as right neighbour) or right before the last one (the mirror case). Bisecting one gap adds a character every ~5
     * inserts, so this must hit the rebalance threshold; rebalancing must then restore short keys in the same order.
     */
    private static void sameGapInserts(boolean fixedLeft) {
        List<Item> backlog = new ArrayList<>();
        List<String> initial = Ranking.evenlySpaced(2);
        backlog.add(new Item(0, initial.get(0)));
        backlog.add(new Item(1, initial.get(1)));
        int rebalances = 0;
        int maxLength = 0;
        for (int i = 0; i < 1_000; i++) {
            int position = fixedLeft ? 1 : backlog.size() - 1;
            String before = backlog.get(position - 1).key;
            String after = backlog.get(position).key;
            String key = Ranking.between(before, after);
            assertValid(key);
            assertTrue(before.compareTo(key) < 0 && key.compareTo(after) < 0, before + " < " + key + " < " + after);
            assertTrue(key.length() <= Ranking.MAX_LENGTH, "length " + key.length());
            maxLength = Math.max(maxLength, key.length());
            backlog.add(position, new Item(i + 2, key));
            assertSortedByKey(backlog);
            if (Ranking.needsRebalance(key)) {
                assertTrue(key.length() > Ranking.REBALANCE_LENGTH);
                rebalance(backlog);
                rebalances++;
            }
        }
        assertUniqueValidAndSorted(backlog);
        System.out.printf("1,000 same-gap inserts (fixed %s): %d rebalances, longest key %d%n",
                fixedLeft ? "left" : "right", rebalances, maxLength);
        // Bisecting one gap 1,000 times cannot fit in 48 characters, so rebalancing must have happened...
        assertTrue(rebalances >= 1, "rebalances " + rebalances);
        // ...but each rebalance buys at least 100 inserts into that gap.
        assertTrue(rebalances <= 10, "rebalances " + rebalances);
        // Keys grow by at most one character per insert, so the threshold is caught before the column overflows.
        assertEquals(Ranking.REBALANCE_LENGTH + 1, maxLength);
    }

    @Test
    void simulatedBacklogOfTenThousandItemsWithTwentyThousandRandomMoves() {
        List<Item> backlog = new ArrayList<>();
        List<String> keys = Ranking.evenlySpaced(10_000);
        for (int i = 0; i < keys.size(); i++) {
            backlog.add(new Item(i, keys.get(i)));
        }
        Random random = new Random(20_240_601L);
        int rebalances = 0;
        int maxLength = 0;
        for (int move = 0; move < 20_000; move++) {
            Item item = backlog.remove(random.nextInt(backlog.size()));
            int position = random.nextInt(backlog.size() + 1);
            String before = position > 0 ? backlog.get(position - 1).key : null;
            String after = position < backlog.size() ? backlog.get(position).key : null;
            String key = Ranking.between(before, after);
            assertTrue(before == null || before.compareTo(key) < 0, before + " < " + key);
            assertTrue(after == null || key.compareTo(after) < 0, key + " < " + after);
            item.key = key;
            backlog.add(position, item);
            maxLength = Math.max(maxLength, key.length());
            if (Ranking.needsRebalance(key)) {
                rebalance(backlog);
                rebalances++;
            }
        }
        assertUniqueValidAndSorted(backlog);
        System.out.printf("10,000 items, 20,000 random moves: %d rebalances, longest key %d%n", rebalances, maxLength);
        assertEquals(0, rebalances);
        assertTrue(maxLength <= 8, "longest key " + maxLength);
    }

    @Test
    void tenThousandAppendsAndPrependsStayShort() {
        // Bisecting towards the end would add a character every ~5 inserts (about 2,000 characters here).
        assertEndInsertsStayShort(null, true, 6);
        assertEndInsertsStayShort(null, false, 6);
        // Also onto a freshly rebalanced full backlog, whose ends are already close to the ends of the key space.
        List<String> full = Ranking.evenlySpaced(10_000);
        assertEndInsertsStayShort(full.get(full.size() - 1), true, 8);
        assertEndInsertsStayShort(full.get(0), false, 8);
    }

    private static void assertEndInsertsStayShort(String start, boolean append, int bound) {
        String previous = start;
        int maxLength = 0;
        for (int i = 0; i < 10_000; i++) {
            String key = append ? Ranking.between(previous, null) : Ranking.between(null, previous);
            assertValid(key);
            if (previous != null) {
                assertTrue(append ? previous.compareTo(key) < 0 : key.compareTo(previous) < 0, previous + " / " + key);
            }
            maxLength = Math.max(maxLength, key.length());
            previous = key;
        }
        System.out.printf("10,000 %s from %s: longest key %d, last key %s%n",
                append ? "appends" : "prepends", start == null ? "an empty list" : "'" + start + "'", maxLength,
                previous);
        assertTrue(maxLength <= bound, "longest key " + maxLength);
    }

    @Test
    void evenlySpacedKeysHaveTheMinimalLengthAndAreSpreadOverTheKeySpace() {
        assertEquals(List.of(), Ranking.evenlySpaced(0));
        assertEquals(List.of("i"), Ranking.evenlySpaced(1));
        // Length L holds 35 * 36^(L-1) keys, because the last digit cannot be '0'.
        int[][] cases = {{1, 1}, {2, 1}, {35, 1}, {36, 2}, {1_000, 2}, {1_260, 2}, {1_261, 3}, {10_000, 3}};
        for (int[] testCase : cases) {
            int count = testCase[0];
            int length = testCase[1];
            List<String> keys = Ranking.evenlySpaced(count);
            assertEquals(count, keys.size());
            long space = (long) Math.pow(36, length);
            double idealGap = (double) space / count;
            long previous = 0;
            for (int i = 0; i < count; i++) {
                String key = keys.get(i);
                assertValid(key);
                assertEquals(length, key.length(), "count " + count + " key " + key);
                if (i > 0) {
                    assertTrue(keys.get(i - 1).compareTo(key) < 0, keys.get(i - 1) + " < " + key);
                }
                long value = Long.parseLong(key, 36);
                double gap = value - previous;
                // Slots are evenly spaced; skipping the values that end in '0' can widen a gap by one.
                assertTrue(gap <= 2 * idealGap + 1, "count " + count + ": gap " + gap + " before " + key);
                if (i > 0) {
                    assertTrue(gap >= idealGap / 2, "count " + count + ": gap " + gap + " before " + key);
                }
                previous = value;
            }
            assertTrue(space - previous <= 2 * idealGap, "count " + count + ": room left after the last key");
        }
    }

    private static void rebalance(List<Item> backlog) {
        List<Integer> order = backlog.stream().map(item -> item.id).toList();
        List<String> keys = Ranking.evenlySpaced(backlog.size());
        for (int i = 0; i < backlog.size(); i++) {
            backlog.get(i).key = keys.get(i);
        }
        assertUniqueValidAndSorted(backlog);
        int shortLength = keys.get(0).length();
        assertTrue(shortLength <= 3, "rebalanced key length " + shortLength);
        assertTrue(backlog.stream().allMatch(item -> item.key.length() == shortLength));
        // Ordering by the new keys gives back exactly the backlog order from before the rebalance.
        List<Integer> byKey = backlog.stream().sorted(Comparator.comparing(item -> item.key)).map(item -> item.id)
                .toList();
        assertEquals(order, byKey);
    }

    private static void assertSortedByKey(List<Item> backlog) {
        List<String> keys = backlog.stream().map(item -> item.key).toList();
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, keys);
    }

    private static void assertUniqueValidAndSorted(List<Item> backlog) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < backlog.size(); i++) {
            String key = backlog.get(i).key;
            assertValid(key);
            assertTrue(seen.add(key), "duplicate key " + key);
            if (i > 0) {
                String previous = backlog.get(i - 1).key;
                assertTrue(previous.compareTo(key) < 0, "not sorted at " + i + ": " + previous + " / " + key);
            }
        }
    }

    private static void assertValid(String key) {
        assertNotNull(key);
        assertTrue(Ranking.isValid(key), "invalid key '" + key + "'");
        assertFalse(key.isEmpty());
        assertTrue(key.charAt(key.length() - 1) != '0', "trailing zero in " + key);
        assertTrue(key.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0), "bad character in " + key);
    }

    private static String randomKey(Random random) {
        int length = 1 + random.nextInt(6);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < length - 1; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        key.append(ALPHABET.charAt(1 + random.nextInt(ALPHABET.length() - 1)));
        return key.toString();
    }
}
