package org.spinerad.model.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinerad.model.io.ReportIO.Format;

/**
 * Seeded mutations of a report file for fuzzing: byte flips, deleted fields,
 * type swaps, scalars for objects, deep nesting, huge numbers and strings,
 * foreign classes and references. The same seed gives the same mutations.
 */
public final class Mutations {

	private static final Pattern JSON_VALUE = Pattern.compile("\"(\\w+|\\$ref)\" : (\"[^\"]*\"|[-0-9.eE]+|true|false|\\{|\\[)");
	private static final Pattern XMI_ATTRIBUTE = Pattern.compile(" (\\w+|xsi:type)=\"([^\"]*)\"");
	private static final String[] SCALARS = { "\"x\"", "null", "0", "-1", "1e400", "true", "[]", "{}",
			"99999999999999999999", "\"2026-13-45T08:40:00.000+00:00\"", "\"\\u0000\\u001b[2J\"" };

	private final Random random;
	private final String catcher;

	/** @param catcher a URL on a local catcher socket, used where a mutation names an address */
	public Mutations(long seed, String catcher) {
		this.random = new Random(seed);
		this.catcher = catcher;
	}

	/** @return a mutated copy of a report file */
	public String mutate(String text, Format format) {
		int kind = random.nextInt(9);
		return switch (kind) {
		case 0 -> flipBytes(text);
		case 1 -> format == Format.JSON ? deleteJsonField(text) : deleteXmiAttribute(text);
		case 2, 3 -> format == Format.JSON ? swapJsonValue(text) : swapXmiValue(text);
		case 4 -> nest(text, format);
		case 5 -> huge(text, format);
		case 6 -> foreign(text, format);
		case 7 -> mutate(mutate(text, format), format);
		default -> truncate(text);
		};
	}

	private String flipBytes(String text) {
		if (text.isEmpty()) {
			return "{";
		}
		char[] chars = text.toCharArray();
		for (int i = 1 + random.nextInt(4); i > 0; i--) {
			int at = random.nextInt(chars.length);
			chars[at] = (char) (chars[at] ^ (1 << random.nextInt(7)));
		}
		return new String(chars);
	}

	private String truncate(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return text.substring(0, random.nextInt(text.length()));
	}

	private List<int[]> matches(Pattern pattern, String text, int group) {
		List<int[]> result = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			result.add(new int[] { m.start(), m.end(), m.start(group), m.end(group) });
		}
		return result;
	}

	/** @return one of the matches, or null when there is none (after an earlier mutation) */
	private int[] pick(List<int[]> found) {
		return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
	}

	private String deleteJsonField(String text) {
		int[] m = pick(matches(JSON_VALUE, text, 2));
		if (m == null) {
			return flipBytes(text);
		}
		String value = text.substring(m[2], m[3]);
		if (value.equals("{") || value.equals("[")) {
			return text.substring(0, m[0]) + "\"zz\" : " + value + text.substring(m[3]);
		}
		return text.substring(0, m[0]) + text.substring(m[1]);
	}

	private String deleteXmiAttribute(String text) {
		int[] m = pick(matches(XMI_ATTRIBUTE, text, 2));
		if (m == null) {
			return flipBytes(text);
		}
		return text.substring(0, m[0]) + text.substring(m[1]);
	}

	private String swapJsonValue(String text) {
		int[] m = pick(matches(JSON_VALUE, text, 2));
		if (m == null) {
			return flipBytes(text);
		}
		String scalar = SCALARS[random.nextInt(SCALARS.length)];
		if (text.charAt(m[2]) == '{' || text.charAt(m[2]) == '[') {
			// a scalar for an object or list: keep the rest, so the object follows as the next value
			return text.substring(0, m[2]) + (text.charAt(m[2]) == '[' ? "[ " + scalar + ", " : scalar + ", \"zz\" : {")
					+ text.substring(m[3]);
		}
		return text.substring(0, m[2]) + scalar + text.substring(m[3]);
	}

	private String swapXmiValue(String text) {
		int[] m = pick(matches(XMI_ATTRIBUTE, text, 2));
		if (m == null) {
			return flipBytes(text);
		}
		String[] values = { "", "x", "-1", "1e400", "NaN", "true", "2026-13-45T08:40:00.000+0000", "L99",
				"report:Patient", "report:Finding", "F99", "&amp;#0;" };
		return text.substring(0, m[2]) + values[random.nextInt(values.length)] + text.substring(m[3]);
	}

	private String nest(String text, Format format) {
		int depth = random.nextBoolean() ? 50 : 5000;
		if (format == Format.JSON) {
			int[] m = pick(matches(JSON_VALUE, text, 2));
			if (m == null) {
				return flipBytes(text);
			}
			String value = "[".repeat(depth) + "1" + "]".repeat(depth);
			return text.substring(0, m[2]) + value + (text.charAt(m[2]) == '{' ? ", \"zz\" : {" : "")
					+ text.substring(m[3]);
		}
		int at = text.indexOf("</report:Report>");
		return text.substring(0, Math.max(0, at)) + "<regions>".repeat(depth) + "</regions>".repeat(depth)
				+ text.substring(Math.max(0, at));
	}

	private String huge(String text, Format format) {
		String value = random.nextBoolean() ? "9".repeat(1 + random.nextInt(2000)) + ".5e" + random.nextInt(999999)
				: "A".repeat(1 << (10 + random.nextInt(11)));
		if (format == Format.JSON) {
			int[] m = pick(matches(JSON_VALUE, text, 2));
			if (m == null) {
				return flipBytes(text);
			}
			boolean string = value.startsWith("A");
			return text.substring(0, m[2]) + (string ? "\"" + value + "\"" : value)
					+ (text.charAt(m[2]) == '{' ? ", \"zz\" : {" : "") + text.substring(m[3]);
		}
		int[] m = pick(matches(XMI_ATTRIBUTE, text, 2));
		if (m == null) {
			return flipBytes(text);
		}
		return text.substring(0, m[2]) + value + text.substring(m[3]);
	}

	private String foreign(String text, Format format) {
		String ns = "http://spinerad.org/model/report/1.0";
		String[] targets = { catcher + "/m.json", catcher + "/m.xmi", "file:/tmp/m.json", "m.xmi", ns + "x" };
		String target = targets[random.nextInt(targets.length)];
		if (format == Format.JSON) {
			return random.nextBoolean() ? text.replaceFirst("\"" + Pattern.quote(ns) + "#//(\\w+)Finding\"", "\"" + target + "#//$1Finding\"")
					: text.replaceFirst("\"\\$ref\" : \"F\\d\"", "\"\\$ref\" : \"" + target + "#F1\"");
		}
		return switch (random.nextInt(3)) {
		case 0 -> text.replace("xmlns:report=\"" + ns + "\"", "xmlns:report=\"" + target + "\"");
		case 1 -> text.replaceFirst("xsi:type=\"report:(\\w+)\"", "xmlns:e=\"" + target + "\" xsi:type=\"e:$1\"");
		default -> text.replaceFirst("findings=\"F\\d\"", "findings=\"" + target + "#F1\"");
		};
	}
}
