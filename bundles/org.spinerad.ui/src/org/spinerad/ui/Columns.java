package org.spinerad.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Text columns of table viewers, the way every table of the workstation adds them. */
public final class Columns {

	private Columns() {
	}

	/**
	 * Adds a text column.
	 *
	 * @param type  the type of the viewer's elements
	 * @param text  the cell text of an element
	 */
	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type,
			Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}

			@Override
			public String getToolTipText(Object element) {
				// the whole value, for a cell too narrow to show it (with ColumnViewerToolTipSupport)
				return text.apply(type.cast(element));
			}
		});
		return column;
	}
}
