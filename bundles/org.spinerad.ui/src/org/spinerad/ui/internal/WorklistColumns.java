package org.spinerad.ui.internal;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.store.ReportSummary;

/**
 * The columns of the reading-room worklist: the text of each cell ("—" when the
 * value is unknown) and the key it sorts by. Sorting always ends with the
 * report id, so rows with equal keys keep one order and a save never moves a
 * row.
 */
public final class WorklistColumns {

	/** Shown for a value that is not known. */
	public static final String UNKNOWN = "\u2014";

	/**
	 * One column.
	 *
	 * @param title the header
	 * @param text  the cell text, never blank
	 * @param key   what it sorts by, null when unknown (unknown values sort last)
	 */
	public record Column(String title, Function<ReportSummary, String> text,
			Function<ReportSummary, Comparable<?>> key) {
	}

	private WorklistColumns() {
	}

	/** @return the columns in display order; Ctrl+1 to Ctrl+9 sort by the first nine */
	public static List<Column> all(Function<ReportSummary, String> delivery) {
		return List.of(
				new Column("Priority", WorklistColumns::priority,
						s -> s.priority() == null ? null : s.priority().getValue()),
				new Column("Patient", s -> or(Formats.personName(s.patientName())),
						s -> lower(Formats.personName(s.patientName()))),
				new Column("MRN", s -> or(s.patientId()), s -> lower(s.patientId())),
				new Column("Age/Sex", WorklistColumns::ageSex, WorklistColumns::age),
				new Column("Exam", s -> or(s.studyDescription()), s -> lower(s.studyDescription())),
				new Column("Accession", s -> or(s.accessionNumber()), s -> lower(s.accessionNumber())),
				new Column("Study time", s -> s.studyDateTime() == null ? UNKNOWN : time(s.studyDateTime()),
						ReportSummary::studyDateTime),
				new Column("Status", s -> Vocabulary.label(s.status()), s -> s.status().getValue()),
				new Column("Delivery", s -> or(delivery.apply(s)), s -> lower(delivery.apply(s))));
	}

	/**
	 * The study's priority (STAT, urgent, routine) as the order gives it; "—"
	 * when it gives none, never a guessed "routine". Sorting ascending puts the
	 * most urgent first.
	 */
	static String priority(ReportSummary summary) {
		if (summary.priority() == null) {
			return UNKNOWN;
		}
		String label = Vocabulary.label(summary.priority());
		return label.isEmpty() ? UNKNOWN : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	/** @return "61 y / M", "— / F", "61 y / —" or "—" */
	static String ageSex(ReportSummary summary) {
		Integer age = age(summary);
		String sex = switch (summary.patientSex() == null ? Sex.UNKNOWN : summary.patientSex()) {
		case FEMALE -> "F";
		case MALE -> "M";
		case OTHER -> "O";
		default -> null;
		};
		if (age == null && sex == null) {
			return UNKNOWN;
		}
		return (age == null ? UNKNOWN : age + " y") + " / " + or(sex);
	}

	/** @return the age in years: at the study from the birth date when known, else as recorded */
	static Integer age(ReportSummary summary) {
		if (summary.patientBirthDate() != null) {
			LocalDate born = day(summary.patientBirthDate());
			LocalDate at = summary.studyDateTime() != null ? day(summary.studyDateTime()) : LocalDate.now(ZoneId.systemDefault());
			if (!born.isAfter(at)) {
				return Period.between(born, at).getYears();
			}
		}
		return summary.patientAgeYears();
	}

	/** @return whether the report still has to be reported (a draft) */
	public static boolean unreported(ReportSummary summary) {
		return summary.status() == ReportStatus.DRAFT;
	}

	/** Index of the exam column, the first to give way when a wide worklist is still too narrow. */
	public static final int EXAM = 4;
	/** The least width of the exam column when it gives way. */
	public static final int EXAM_WIDTH = 240;
	/** Index of the delivery column, the second to give way. */
	public static final int DELIVERY = 8;
	/** The least width of the delivery column when it gives way. */
	public static final int DELIVERY_WIDTH = 160;

	/** @return the least width of a column that gives way (exam, delivery), or 0 for one that never does */
	public static int leastWidth(int index) {
		return index == EXAM ? EXAM_WIDTH : index == DELIVERY ? DELIVERY_WIDTH : 0;
	}

	/**
	 * Sizes every column of the worklist to its header and values. When long
	 * exam descriptions or delivery states keep the last columns out of a wide
	 * worklist (F7), the exam column and then the delivery column give way down
	 * to their least widths (a cut value shows whole in the cell's tooltip); a
	 * narrow worklist keeps its widths and scrolls.
	 */
	public static void fit(org.eclipse.swt.widgets.Table table) {
		int used = 0;
		for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(column.getWidth() + 8);
			used += column.getWidth();
		}
		int excess = used - table.getClientArea().width;
		int spare = 0;
		for (int index : new int[] { EXAM, DELIVERY }) {
			if (index < table.getColumnCount()) {
				spare += Math.max(0, table.getColumn(index).getWidth() - leastWidth(index));
			}
		}
		if (excess <= 0 || excess > spare) {
			return;
		}
		for (int index : new int[] { EXAM, DELIVERY }) {
			org.eclipse.swt.widgets.TableColumn column = table.getColumn(index);
			int give = Math.min(excess, Math.max(0, column.getWidth() - leastWidth(index)));
			column.setWidth(column.getWidth() - give);
			excess -= give;
		}
	}

	/**
	 * @param column    index in {@link #all}
	 * @param ascending direction of the key; the report id always ascends
	 * @return the order of the rows: unknown keys last, then by report id
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static Comparator<ReportSummary> order(Column column, boolean ascending) {
		Comparator<Comparable> natural = Comparator.naturalOrder();
		Comparator<Comparable> keys = Comparator.nullsLast(ascending ? natural : natural.reversed());
		return Comparator.comparing((ReportSummary s) -> (Comparable) column.key().apply(s), keys)
				.thenComparing(ReportSummary::id);
	}

	private static LocalDate day(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	private static String time(Date date) {
		return new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(date);
	}

	private static String lower(String value) {
		return value == null || value.isBlank() ? null : value.toLowerCase(Locale.ROOT);
	}

	private static String or(String value) {
		return value == null || value.isBlank() ? UNKNOWN : value;
	}
}
