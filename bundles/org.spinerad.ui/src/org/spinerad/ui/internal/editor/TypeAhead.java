package org.spinerad.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/** Type-ahead in the read-only pick lists of the report editor. */
final class TypeAhead {

	private TypeAhead() {
	}

	/**
	 * Type-ahead for read-only pick lists: typed letters select the first item
	 * that starts with them (a pause of a second, or a letter that matches
	 * nothing after the others, starts a new search).
	 */
	static void install(Combo combo) {
		StringBuilder prefix = new StringBuilder();
		long[] last = { 0 };
		combo.addListener(SWT.KeyDown, e -> {
			if (!Character.isLetterOrDigit(e.character) && e.character != ' ') {
				return;
			}
			long now = System.currentTimeMillis();
			if (now - last[0] > 1000) {
				prefix.setLength(0);
			}
			last[0] = now;
			prefix.append(Character.toLowerCase(e.character));
			e.doit = false;
			if (!selectStarting(combo, prefix.toString())) {
				// nothing starts with what was typed: the last letter starts a new search
				prefix.setLength(0);
				prefix.append(Character.toLowerCase(e.character));
				selectStarting(combo, prefix.toString());
			}
		});
	}

	private static boolean selectStarting(Combo combo, String wanted) {
		String[] items = combo.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].toLowerCase(java.util.Locale.ROOT).startsWith(wanted)) {
				if (combo.getSelectionIndex() != i) {
					combo.select(i);
					combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				}
				return true;
			}
		}
		return false;
	}
}
