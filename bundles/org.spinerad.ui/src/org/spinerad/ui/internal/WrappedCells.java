package org.spinerad.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Table cells whose text wraps at word boundaries over as many lines as the
 * table's rows are tall, for columns too narrow for their longest value (the
 * exam and delivery columns of a full-width worklist): the whole value is read
 * in the cell, never cut. While no column wraps, the table draws its cells
 * itself.
 */
public final class WrappedCells {

	/** Room left and right of the text in a cell. */
	public static final int MARGIN = 4;
	private static final String LINES = WrappedCells.class.getName() + ".lines";
	private static final String COLUMNS = WrappedCells.class.getName() + ".columns";

	private WrappedCells() {
	}

	/** Draws the cells of the given columns wrapped once {@link #setLines} asks for more than one line. */
	public static void install(Table table, int... columns) {
		table.setData(COLUMNS, columns.clone());
		table.addListener(SWT.MeasureItem, e -> {
			int lines = lines(table);
			if (lines > 1 && wraps(table, e.index)) {
				e.height = Math.max(e.height, lines * e.gc.getFontMetrics().getHeight() + 2 * MARGIN);
			}
		});
		table.addListener(SWT.EraseItem, e -> {
			if (lines(table) > 1 && wraps(table, e.index)) {
				e.detail &= ~SWT.FOREGROUND;
			}
		});
		table.addListener(SWT.PaintItem, e -> paint(table, e));
	}

	private static void paint(Table table, Event e) {
		if (lines(table) <= 1 || !wraps(table, e.index)) {
			return;
		}
		TableItem item = (TableItem) e.item;
		Rectangle cell = item.getBounds(e.index); // the column's left edge and width; the event gives the row's height
		List<String> lines = wrap(e.gc, item.getText(e.index), cell.width - 2 * MARGIN);
		int height = e.gc.getFontMetrics().getHeight();
		int y = e.y + Math.max(0, (e.height - lines.size() * height) / 2);
		for (String line : lines) {
			e.gc.drawText(line, cell.x + MARGIN, y, true);
			y += height;
		}
	}

	/** Sets how many lines the wrapped cells have (1: none wraps); the rows are measured again. */
	public static void setLines(Table table, int lines) {
		if (lines(table) != lines) {
			table.setData(LINES, lines);
			// the toolkit measures a row again when its content changes, not on a redraw
			if (table.getData(COLUMNS) instanceof int[] columns && columns.length > 0
					&& columns[0] < table.getColumnCount()) {
				for (TableItem item : table.getItems()) {
					String text = item.getText(columns[0]);
					item.setText(columns[0], text + " ");
					item.setText(columns[0], text);
				}
			}
			table.redraw();
		}
	}

	/** @return the lines of a row now (1 while no cell wraps) */
	public static int lines(Table table) {
		return table.getData(LINES) instanceof Integer n ? n : 1;
	}

	private static boolean wraps(Table table, int column) {
		if (table.getData(COLUMNS) instanceof int[] columns) {
			for (int c : columns) {
				if (c == column) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @return the text broken into lines no wider than the width: at spaces
	 *         where it can, inside a word only where the word alone is too wide
	 */
	public static List<String> wrap(GC gc, String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (gc.textExtent(candidate).x <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (gc.textExtent(rest).x > width && rest.length() > 1) {
				int cut = rest.length() - 1;
				while (cut > 1 && gc.textExtent(rest.substring(0, cut)).x > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}
}
