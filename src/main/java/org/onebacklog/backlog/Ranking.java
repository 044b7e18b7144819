package org.onebacklog.backlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rank keys that order the product backlog.
 *
 * <p>Why fractional keys: moving one item must touch one row. With integer positions every move renumbers all the
 * items in between; with fractional keys the moved item alone gets a new key generated between its two new
 * neighbours' keys (fractional indexing, as in David Greenspan's / rocicorp's "fractional-indexing").
 *
 * <p>A key is a non-empty string over {@code 0-9a-z} (base 36, digits then lowercase letters) read as the fraction
 * {@code 0.k1k2k3...} in base 36. Because the alphabet is in ASCII order, {@link String#compareTo} (and the database's
 * byte / "C" collation of the {@code rank} column) orders keys exactly as the fractions they stand for. Keys never end
 * with {@code '0'}: a trailing zero would not change the value, and forbidding it keeps a key insertable between any
 * two distinct keys (there is always room above a key without trailing zeros and below it).
 *
 * <p>Keys grow only when a gap is bisected again and again. When a generated key is longer than
 * {@link #REBALANCE_LENGTH} the caller should rewrite the whole backlog with {@link #evenlySpaced(int)} (and not store
 * that long key); the {@link #MAX_LENGTH} column width leaves headroom above the rebalance threshold.
 */
public final class Ranking {

    /** Width of the {@code rank} column. */
    public static final int MAX_LENGTH = 64;

    /** A generated key longer than this should trigger a rebalance of the whole backlog. */
    public static final int REBALANCE_LENGTH = 48;

    /** The key digits, in ascending order; must agree with {@link String#compareTo}, which ASCII order does. */
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    /**
     * Below every key: "0" is not a key itself (a trailing zero) and a prefix of, or smaller than, every key. Reading
     * "the items after FLOOR" is reading the backlog from its start.
     */
    public static final String FLOOR = "0";

    private static final int BASE = ALPHABET.length();
    private static final char ZERO = ALPHABET.charAt(0);
    private static final char TOP = ALPHABET.charAt(BASE - 1);

    /**
     * Extra digits that appending / prepending may spend beyond the leading run of {@code 'z'} / {@code '0'}; it
     * bounds key length for hand-made keys with long runs, while still allowing 35 * 36^8 end inserts per run.
     */
    private static final int MAX_END_EXTRA_DIGITS = 8;

    private Ranking() {
    }

    /**
     * Returns a key strictly between {@code before} and {@code after}.
     *
     * @param before the key of the item that will precede the new position, or {@code null} for the start of the list
     * @param after the key of the item that will follow the new position, or {@code null} for the end of the list
     * @return a valid key {@code k} with {@code before < k < after}; possibly longer than {@link #REBALANCE_LENGTH}
     *     (see {@link #needsRebalance(String)})
     * @throws IllegalArgumentException if a given key is not valid or {@code before >= after}
     */
    public static String between(String before, String after) {
        if (before != null && !isValid(before)) {
            throw new IllegalArgumentException("Invalid rank key: '" + before + "'");
        }
        if (after != null && !isValid(after)) {
            throw new IllegalArgumentException("Invalid rank key: '" + after + "'");
        }
        if (before != null && after != null && before.compareTo(after) >= 0) {
            throw new IllegalArgumentException("Rank key '" + before + "' is not before '" + after + "'");
        }
        if (before == null && after == null) {
            return String.valueOf(ALPHABET.charAt(BASE / 2));
        }
        if (after == null) {
            return increment(before);
        }
        if (before == null) {
            return decrement(after);
        }
        return midpoint(before, after);
    }

    /**
     * Returns {@code count} valid keys in strictly increasing order, all of the same minimal length, spread evenly
     * over the key space (away from both ends), to rewrite a whole backlog in one pass.
     *
     * <p>Length {@code L} holds {@code 35 * 36^(L-1)} keys (the last digit cannot be {@code '0'}): 1 character for up
     * to 35 items, 2 for up to 1,260, 3 for up to 45,360, and so on.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static List<String> evenlySpaced(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<String> keys = new ArrayList<>(count);
        if (count == 0) {
            return keys;
        }
        int length = 1;
        long capacity = BASE - 1;
        while (capacity < count) {
            length++;
            capacity *= BASE;
        }
        // Pick slot j_i = floor((2i + 1) * capacity / (2 * count)), the centre of the i-th of count equal shares,
        // computed incrementally (Bresenham style) so that nothing overflows.
        long denominator = 2L * count;
        long slot = capacity / denominator;
        long remainder = capacity % denominator;
        long stepQuotient = (2 * capacity) / denominator;
        long stepRemainder = (2 * capacity) % denominator;
        for (int i = 0; i < count; i++) {
            keys.add(slotKey(slot, length));
            slot += stepQuotient;
            remainder += stepRemainder;
            if (remainder >= denominator) {
                slot++;
                remainder -= denominator;
            }
        }
        return keys;
    }

    /** Whether a generated key is long enough that the backlog should be rebalanced with {@link #evenlySpaced}. */
    public static boolean needsRebalance(String key) {
        Objects.requireNonNull(key, "key");
        return key.length() > REBALANCE_LENGTH;
    }

    /** Whether {@code key} is a well-formed rank key: non-empty, only digits 0-9a-z, no trailing '0'. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.charAt(key.length() - 1) == ZERO) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (digit(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Midpoint of two keys {@code a < b} (rocicorp's algorithm): copy the common prefix, then take the middle digit of
     * the first differing digits, or extend by one digit when they are adjacent.
     */
    private static String midpoint(String a, String b) {
        StringBuilder result = new StringBuilder();
        int n = 0;
        // a is read as padded with zeros, which does not change its value.
        while (n < b.length() && charAt(a, n) == b.charAt(n)) {
            result.append(b.charAt(n));
            n++;
        }
        // a < b and b has no trailing zero, so they differ at position n < b.length() with a's digit smaller.
        int digitA = digit(charAt(a, n));
        int digitB = digit(b.charAt(n));
        if (digitB - digitA > 1) {
            return result.append(ALPHABET.charAt((digitA + digitB + 1) / 2)).toString();
        }
        if (b.length() > n + 1) {
            // b continues after this digit, so b's digit alone is already below b (and above a).
            return result.append(b.charAt(n)).toString();
        }
        // Keep a's digit and bisect the room between the rest of a and the end of that digit.
        result.append(ALPHABET.charAt(digitA));
        return result.append(midpointToEnd(n + 1 < a.length() ? a.substring(n + 1) : "")).toString();
    }

    /** Midpoint between {@code a} (possibly empty, meaning 0) and 1: used inside a gap, where the room is bounded. */
    private static String midpointToEnd(String a) {
        StringBuilder result = new StringBuilder();
        int n = 0;
        while (n < a.length() && a.charAt(n) == TOP) {
            result.append(TOP);
            n++;
        }
        // After the run of 'z's comes a smaller digit (or the end, read as 0), so there is room up to the next one.
        int digitA = n < a.length() ? digit(a.charAt(n)) : 0;
        return result.append(ALPHABET.charAt((digitA + BASE + 1) / 2)).toString();
    }

    /**
     * A key after {@code a} for appending at the end of the list. Bisecting towards 1 would add a character every ~5
     * appends; instead step by one unit in digit {@code k + min(k, 8)}, where {@code k} is the number of leading 'z's.
     * Each run of leading 'z's thus gets {@code 35 * 36^k} keys before it grows, so n appends need only about
     * {@code 2 log36(n)} characters (an Elias-gamma-like code).
     */
    private static String increment(String a) {
        int leading = 0;
        while (leading < a.length() && a.charAt(leading) == TOP) {
            leading++;
        }
        int position = leading + Math.min(leading, MAX_END_EXTRA_DIGITS);
        int[] digits = digits(a, position + 1);
        // The digit at `leading` is not 'z', so the carry stops there at the latest and the result stays below 1.
        int i = position;
        while (digits[i] == BASE - 1) {
            digits[i] = 0;
            i--;
        }
        digits[i]++;
        return toKey(digits);
    }

    /**
     * A key before {@code b} for prepending at the start of the list; the mirror image of {@link #increment(String)}
     * with leading '0's (0 itself is not a key, so an exhausted run moves on to a longer one).
     */
    private static String decrement(String b) {
        int leading = 0;
        while (b.charAt(leading) == ZERO) {
            leading++;
        }
        for (int run = leading; ; run++) {
            int position = run + Math.min(run, MAX_END_EXTRA_DIGITS);
            int[] digits = digits(b, position + 1);
            if (b.length() > position + 1) {
                // Truncating b already gives a shorter key below it (b has a non-zero digit after the cut).
                return toKey(digits);
            }
            int i = position;
            while (digits[i] == 0) {
                digits[i] = BASE - 1;
                i--;
            }
            digits[i]--;
            String key = toKey(digits);
            if (!key.isEmpty()) {
                return key;
            }
        }
    }

    /** The key of slot {@code slot} among the keys of exactly {@code length} digits (those not ending in '0'). */
    private static String slotKey(long slot, int length) {
        long value = (slot / (BASE - 1)) * BASE + (slot % (BASE - 1)) + 1;
        char[] chars = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (value % BASE));
            value /= BASE;
        }
        return new String(chars);
    }

    /** The first {@code length} digit values of {@code key}, padded with zeros. */
    private static int[] digits(String key, int length) {
        int[] digits = new int[length];
        for (int i = 0; i < length && i < key.length(); i++) {
            digits[i] = digit(key.charAt(i));
        }
        return digits;
    }

    /** Digits to key, dropping trailing zeros (which do not change the value); empty if all digits are zero. */
    private static String toKey(int[] digits) {
        int end = digits.length;
        while (end > 0 && digits[end - 1] == 0) {
            end--;
        }
        StringBuilder key = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            key.append(ALPHABET.charAt(digits[i]));
        }
        return key.toString();
    }

    private static char charAt(String key, int index) {
        return index < key.length() ? key.charAt(index) : ZERO;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
