package org.spinerad.ui.internal.editor;

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Label;

/**
 * A label that stays on one line: text wider than the label ends in an
 * ellipsis, and the whole text is the label's tool tip and accessible name, so
 * a long name is never cut without a way to read it.
 */
public final class SummaryLine {

	/** Key of the whole text in the label's data. */
	public static final String TEXT = SummaryLine.class.getName() + ".text";
	private static final String ELLIPSIS = "\u2026";

	private SummaryLine() {
	}

	/** Shows a text in the label, shortened to its width. */
	public static void show(Label label, String text) {
		label.setData(TEXT, text);
		label.setToolTipText(text);
		fit(label);
	}

	/** Shortens the whole text to the label's present width (after a resize). */
	static void fit(Label label) {
		String text = (String) label.getData(TEXT);
		if (text == null || label.isDisposed()) {
			return;
		}
		int width = label.getSize().x;
		String shown = width <= 0 ? text : shorten(label, text, width);
		if (!shown.equals(label.getText())) {
			label.setText(shown);
		}
	}

	/** Screen readers read the whole text, not the shortened one. */
	static void readWhole(Label label) {
		label.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				Object text = label.getData(TEXT);
				if (text != null) {
					e.result = (String) text;
				}
			}
		});
	}

	private static String shorten(Label label, String text, int width) {
		GC gc = new GC(label);
		try {
			gc.setFont(label.getFont());
			if (gc.textExtent(text).x <= width) {
				return text;
			}
			// the longest start that fits with the ellipsis (text width grows with the length)
			int low = 0, high = text.length();
			while (low < high) {
				int mid = (low + high + 1) / 2;
				if (gc.textExtent(text.substring(0, mid).stripTrailing() + ELLIPSIS).x <= width) {
					low = mid;
				} else {
					high = mid - 1;
				}
			}
			return text.substring(0, low).stripTrailing() + ELLIPSIS;
		} finally {
			gc.dispose();
		}
	}
}
