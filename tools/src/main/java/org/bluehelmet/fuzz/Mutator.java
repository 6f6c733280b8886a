package org.bluehelmet.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Damages valid input the way mutation fuzzers do (after AFL's "havoc" stage: a few
 * random edits stacked on a valid seed): characters flipped, ranges deleted or
 * duplicated, lines swapped or cut short, and tokens that break parsers spliced in
 * (quotes, separators, line breaks, NUL, byte-order marks, huge and odd numbers,
 * impossible dates, long runs of text). Seeded, so that a failure can be replayed.
 */
public final class Mutator {

	/** Tokens that parsers and validators are known to trip over. */
	static final List<String> TOKENS = List.of("\"", ",", "\n", "\r\n", "\r", "\u0000", "\uFEFF", "NaN", "-1", "-0",
			"1e309", "99999999999999999999", "2147483648", "-2147483649", "0x1F", "2021-02-30", "2021-13-01",
			"0000-00-00", "9999-12-31", "1.5", "null", "true", "{}", "[]", "{\"a\":", "\\", "'", ";", "\t", "NA", " ",
			"🪖", "é", "\uD800", "A".repeat(9000), "1".repeat(400), "<script>alert(1)</script>", "' OR 1=1 --");

	private final Random random;

	public Mutator(long seed) {
		this.random = new Random(seed);
	}

	/** The text with one to four random edits. */
	public String mutate(String text) {
		String result = text;
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			result = edit(result);
		}
		return result;
	}

	public int nextInt(int bound) {
		return random.nextInt(bound);
	}

	public <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String edit(String text) {
		if (text.isEmpty()) {
			return pick(TOKENS);
		}
		int at = random.nextInt(text.length());
		int end = Math.min(text.length(), at + 1 + random.nextInt(Math.min(64, text.length())));
		return switch (random.nextInt(8)) {
			case 0 ->
				text.substring(0, at) + (char) random.nextInt(0x80) + text.substring(Math.min(text.length(), at + 1));
			case 1 -> text.substring(0, at) + text.substring(end);
			case 2 -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
			case 3 -> text.substring(0, at) + pick(TOKENS) + text.substring(at);
			case 4 -> text.substring(0, at) + pick(TOKENS) + text.substring(end);
			case 5 -> text.substring(0, at);
			case 6 -> swapLines(text);
			default -> replaceField(text);
		};
	}

	private String swapLines(String text) {
		String[] lines = text.split("\n", -1);
		if (lines.length < 2) {
			return text + "\n" + text;
		}
		int a = random.nextInt(lines.length);
		int b = random.nextInt(lines.length);
		String kept = lines[a];
		lines[a] = lines[b];
		lines[b] = kept;
		return String.join("\n", lines);
	}

	/** Replaces what lies between two separators (comma, quote, colon) by a token. */
	private String replaceField(String text) {
		int start = text.indexOf(',', random.nextInt(text.length()));
		if (start < 0) {
			return text + pick(TOKENS);
		}
		int end = text.indexOf(',', start + 1);
		return text.substring(0, start + 1) + pick(TOKENS) + (end < 0 ? "" : text.substring(end));
	}

}
