package org.spinerad.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinerad.model.levels.SpineLevel;

/**
 * The spine levels a free text names: real level tokens such as {@code T6},
 * {@code L4-L5}, {@code L3-4} or {@code C7-T1}, but not the sequence weightings
 * ({@code T2-hypointense}, {@code T1 hyperintense}, {@code on T2}) nor the
 * level a count starts from ({@code counted from C2}).
 */
final class LevelMentions {

	private static final Pattern TOKEN = Pattern
			.compile("\\b([CTLS])(\\d{1,2})(?:\\s*-\\s*([CTLS])?(\\d{1,2}))?\\b(\\*)?");

	/** After any token: a signal or weighting joined by a hyphen, e.g. "C2-hypointense", "T2-weighted". */
	private static final Pattern HYPHENATED_SIGNAL = Pattern
			.compile("^-\\s*(hypo|hyper|iso|intermediate|weight|w\\b|wi\\b|signal|bright|dark|fs\\b|fat|flair|stir|post|pre)",
					Pattern.CASE_INSENSITIVE);

	/** After T1 or T2: words that make it a sequence weighting, e.g. "T1 hypointense", "T2 and STIR", "T1+C". */
	private static final Pattern WEIGHTING_AFTER = Pattern.compile(
			"^(\\s*[-+/]?\\s*)(hypo|hyper|iso|intermediate|weight|w\\b|wi\\b|c\\b|signal|sequence|image|imaging|scan|"
					+ "bright|dark|shine|mismatch|fs\\b|fat|flair|stir|dixon|tse|fse|space|post|pre|gd|gad|contrast|"
					+ "(?:and|or|/)\\s*(?:stir|t[12]\\b|dwi|flair))",
			Pattern.CASE_INSENSITIVE);

	/** Before T1 or T2: words that make it a sequence weighting, e.g. "on T2", "sagittal T1", "fat-saturated T2". */
	private static final Pattern WEIGHTING_BEFORE = Pattern.compile(
			"(\\bon|\\bsagittal|\\baxial|\\bcoronal|\\bsaturated|\\bsat|\\bfs|\\bcontrast|\\benhanced|\\bgd|"
					+ "\\bstir\\s+and|\\bstir\\s*/|\\bpostcontrast|\\bprecontrast|\\bt[12]\\s+and|\\bt[12]\\s*/)\\s*-?\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** Before any token: the start of a count, e.g. "counted from C2", "numbered down from C2". */
	private static final Pattern COUNT_ORIGIN = Pattern.compile(
			"\\b(count|counted|counting|number|numbered|numbering)\\s+(?:\\w+\\s+){0,2}from\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private LevelMentions() {
	}

	/** @return the levels the text names, in their order; tokens that are no level are left out */
	static List<SpineLevel> in(String text) {
		List<SpineLevel> levels = new ArrayList<>();
		if (text == null) {
			return levels;
		}
		Matcher token = TOKEN.matcher(text);
		while (token.find()) {
			if (token.group(5) != null || !isLevel(text, token)) {
				continue; // T2* is a gradient-echo weighting
			}
			try {
				levels.add(SpineLevel.valueOf(token.group(0)));
			} catch (IllegalArgumentException e) {
				// a token such as T14 or S7 that names no level
			}
		}
		return levels;
	}

	private static boolean isLevel(String text, Matcher token) {
		String before = text.substring(Math.max(0, token.start() - 40), token.start());
		String after = text.substring(token.end(), Math.min(text.length(), token.end() + 40));
		if (COUNT_ORIGIN.matcher(before).find()) {
			return false;
		}
		boolean single = token.group(4) == null;
		if (single && HYPHENATED_SIGNAL.matcher(after).find()) {
			return false;
		}
		boolean weightingName = single && token.group(1).equals("T")
				&& (token.group(2).equals("1") || token.group(2).equals("2"));
		return !weightingName || !WEIGHTING_AFTER.matcher(after).find()
				&& !WEIGHTING_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).find();
	}
}
