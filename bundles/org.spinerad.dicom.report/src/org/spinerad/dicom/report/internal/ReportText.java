package org.spinerad.dicom.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.Exam;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.Sequence;
import org.spinerad.model.Side;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.levels.SpineLevel;

/**
 * Plain, deterministic English text of report parts for SR content items (the
 * FreeMarker templates render the full report elsewhere).
 */
public final class ReportText {

	private ReportText() {
	}

	/** @return the heading of a region, e.g. {@code Epidural space} */
	public static String region(RegionKind kind) {
		return org.spinerad.model.edit.Vocabulary.label(kind);
	}

	/** @return {@code L3}, {@code L3-L4}, or {@code L2 to L4}; empty when no level */
	public static String levels(SpineLevel from, SpineLevel to) {
		if (from == null) {
			return "";
		}
		return to == null || to.equals(from) ? from.toString() : from + " to " + to;
	}

	/**
	 * @return one line per finding of a region ("Epidural space, L2 to L4, left:
	 *         description. Remark."), or one line for a region without findings
	 *         that is normal or has a statement; empty otherwise
	 */
	public static List<String> findings(Region region) {
		List<String> lines = new ArrayList<>();
		String name = region.isSetKind() ? region(region.getKind()) : "Other";
		for (Finding f : region.getFindings()) {
			StringBuilder b = new StringBuilder(name);
			String levels = levels(f.getFrom(), f.getTo());
			if (!levels.isEmpty()) {
				b.append(", ").append(levels);
			}
			if (f.getSide() != null && f.getSide() != Side.UNSPECIFIED) {
				b.append(", ").append(org.spinerad.model.edit.Vocabulary.label(f.getSide()));
			}
			b.append(": ").append(sentence(blankToDefault(f.getDescription(), "finding")));
			if (!isBlank(f.getRemark())) {
				b.append(' ').append(sentence(f.getRemark()));
			}
			if (f.isCritical()) {
				b.append(" Critical finding.");
			}
			lines.add(b.toString());
		}
		if (lines.isEmpty() && (region.isNormal() || !isBlank(region.getStatement()))) {
			String statement = !isBlank(region.getStatement()) ? sentence(region.getStatement()) : "Normal.";
			lines.add(name + ": " + statement);
		}
		if (!isBlank(region.getRemark())) {
			lines.add(name + ": " + sentence(region.getRemark()));
		}
		return lines;
	}

	/** @return the technique: field strength, region, sequences, contrast */
	public static String technique(Report report) {
		Exam exam = report.getExam();
		StringBuilder b = new StringBuilder("MRI");
		String description = report.getStudy() == null ? null : report.getStudy().getStudyDescription();
		if (!isBlank(description)) {
			b.append(": ").append(description.strip());
		}
		b.append('.');
		if (exam == null) {
			return b.toString();
		}
		if (exam.getFieldStrengthTesla() != null) {
			b.append(" Field strength ").append(number(exam.getFieldStrengthTesla())).append(" T.");
		}
		if (exam.isSetRegionImaged()) {
			b.append(" Region imaged: ").append(segment(exam.getRegionImaged())).append('.');
		}
		List<String> sequences = new ArrayList<>();
		for (Sequence s : exam.getSequences()) {
			String text = blankToDefault(s.getName(), "unnamed sequence");
			if (s.isPostContrast()) {
				text += s.getMinutesAfterInjection() != null
						? " (after contrast, " + number(s.getMinutesAfterInjection()) + " min)"
						: " (after contrast)";
			}
			sequences.add(text);
		}
		if (!sequences.isEmpty()) {
			b.append(" Sequences: ").append(String.join("; ", sequences)).append('.');
		}
		ContrastAdministration c = exam.getContrast();
		if (c != null && (c.isSetAgent() || !isBlank(c.getAgentName()))) {
			List<String> parts = new ArrayList<>();
			parts.add(contrastAgent(c));
			if (c.getConcentrationMmolPerMl() != null) {
				parts.add(number(c.getConcentrationMmolPerMl()) + " mmol/mL");
			}
			if (c.getDoseMmolPerKg() != null) {
				parts.add(number(c.getDoseMmolPerKg()) + " mmol/kg");
			}
			if (c.getVolumeMl() != null) {
				parts.add(number(c.getVolumeMl()) + " mL");
			}
			if (c.getRoute() != null) {
				parts.add(org.spinerad.model.edit.Vocabulary.label(c.getRoute()));
			}
			b.append(" Contrast: ").append(String.join(", ", parts)).append('.');
			if (!isBlank(c.getAdverseReaction())) {
				b.append(" Adverse reaction: ").append(sentence(c.getAdverseReaction()));
			}
		}
		return b.toString();
	}

	/** @return the agent's name: the free text for other agents, else the enum literal in words */
	public static String contrastAgent(ContrastAdministration c) {
		if (!c.isSetAgent() || c.getAgent().getLiteral().equals("other")) {
			return blankToDefault(c.getAgentName(), "contrast agent");
		}
		return org.spinerad.model.edit.Vocabulary.label(c.getAgent());
	}

	/** @return the segment in words, e.g. {@code whole spine} */
	public static String segment(SpineSegment segment) {
		return org.spinerad.model.edit.Vocabulary.label(segment);
	}

	/** @return a number without needless decimals, e.g. 1.5, 3, 0.1 */
	public static String number(double value) {
		return org.spinerad.model.edit.Formats.number(value);
	}

	/** @return the text with a capital first letter and a full stop */
	public static String sentence(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return t;
		}
		t = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
		char last = t.charAt(t.length() - 1);
		return last == '.' || last == '!' || last == '?' ? t : t + ".";
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	static String blankToDefault(String s, String def) {
		return isBlank(s) ? def : s.strip();
	}
	/**
	 * @return the addenda in order, each "text (author, date time)" with the
	 *         time in the given zone; empty when there are none
	 */
	public static List<String> addenda(Report report, java.time.ZoneId zone) {
		List<String> out = new java.util.ArrayList<>();
		for (org.spinerad.model.Addendum a : report.getAddenda()) {
			if (isBlank(a.getText())) {
				continue;
			}
			List<String> by = new java.util.ArrayList<>();
			if (!isBlank(a.getAuthor())) {
				by.add(a.getAuthor().strip());
			}
			if (a.getCreatedAt() != null) {
				by.add(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
						.format(a.getCreatedAt().toInstant().atZone(zone)));
			}
			out.add(a.getText().strip() + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")"));
		}
		return out;
	}
}
