package org.spinerad.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;

/** How wide a pick list must be to show each of its values whole. */
final class PickLists {

	/** Room for a pick list's arrow and margins when the toolkit does not say. */
	static final int ARROW = 40;

	private PickLists() {
	}

	private static final String KEY = PickLists.class.getName();

	/** A width measured in a font, kept with the pick list: its values do not change, a theme may change the font. */
	private record Measured(org.eclipse.swt.graphics.Font font, int width) {
	}

	/** @return the width that shows the longest value of a pick list, with its arrow, measured in its own font */
	static int width(Combo combo) {
		if (combo.getData(KEY) instanceof Measured m && m.font().equals(combo.getFont())) {
			return m.width();
		}
		int widest = 0;
		GC gc = new GC(combo);
		try {
			gc.setFont(combo.getFont());
			for (String item : combo.getItems()) {
				widest = Math.max(widest, gc.textExtent(item).x);
			}
		} finally {
			gc.dispose();
		}
		int width = Math.max(combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, widest + ARROW);
		combo.setData(KEY, new Measured(combo.getFont(), width));
		return width;
	}
}
