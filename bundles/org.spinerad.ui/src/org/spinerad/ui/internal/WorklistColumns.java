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

	/** Index of the exam column, which wraps when a wide worklist is still too narrow. */
	public static final int EXAM = 4;
	/** The least width of the exam column when it wraps. */
	public static final int EXAM_WIDTH = 240;
	/** Index of the delivery column, which wraps too. */
	public static final int DELIVERY = 8;
	/** The least width of the delivery column when it wraps (unless its values need less). */
	public static final int DELIVERY_WIDTH = 160;

	/** @return the least width of a column that wraps (exam, delivery), or 0 for one that never does */
	public static int leastWidth(int index) {
		return index == EXAM ? EXAM_WIDTH : index == DELIVERY ? DELIVERY_WIDTH : 0;
	}

	/**
	 * Sizes every column of the worklist to its header and values. When long
	 * exam descriptions or delivery states keep the last columns out of a wide
	 * worklist (F7), the exam and delivery columns share the room the others
	 * leave and their values wrap over more lines, so every value is read whole;
	 * a worklist too narrow even for that (beside the editor) keeps one line a
	 * row and scrolls.
	 */
	public static void fit(org.eclipse.swt.widgets.Table table) {
		int used = 0;
		for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(column.getWidth() + 2 * WrappedCells.MARGIN);
			used += column.getWidth();
		}
		int room = table.getClientArea().width;
		if (used > room && DELIVERY < table.getColumnCount()) {
			int exam = table.getColumn(EXAM).getWidth();
			int delivery = table.getColumn(DELIVERY).getWidth();
			int left = room - (used - exam - delivery);
			if (left >= Math.min(exam, EXAM_WIDTH) + Math.min(delivery, DELIVERY_WIDTH)) {
				int[] widths = share(left, exam, delivery);
				// the rows take their new height as the columns take their new widths
				WrappedCells.setLines(table, lines(table, widths));
				table.getColumn(EXAM).setWidth(widths[0]);
				table.getColumn(DELIVERY).setWidth(widths[1]);
				return;
			}
		}
		WrappedCells.setLines(table, 1);
	}

	/**
	 * @return the widths of the exam and delivery columns in the room left: a
	 *         column needing less than half keeps its width, else they share
	 *         in proportion to their values' widths
	 */
	static int[] share(int room, int exam, int delivery) {
		if (exam <= room / 2) {
			return new int[] { exam, room - exam };
		}
		if (delivery <= room / 2) {
			return new int[] { room - delivery, delivery };
		}
		int first = (int) ((long) room * exam / (exam + delivery));
		return new int[] { first, room - first };
	}

	/** @return the lines the longest wrapped exam or delivery value takes at these widths */
	private static int lines(org.eclipse.swt.widgets.Table table, int[] widths) {
		int lines = 1;
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			gc.setFont(table.getFont());
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				lines = Math.max(lines,
						WrappedCells.wrap(gc, item.getText(EXAM), widths[0] - 2 * WrappedCells.MARGIN).size());
				lines = Math.max(lines,
						WrappedCells.wrap(gc, item.getText(DELIVERY), widths[1] - 2 * WrappedCells.MARGIN).size());
			}
		} finally {
			gc.dispose();
		}
		return lines;
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
