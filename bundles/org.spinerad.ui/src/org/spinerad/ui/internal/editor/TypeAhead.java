package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/**
 * Type-ahead in the read-only pick lists of the report editor. Typed letters
 * select the first item that starts with them. When none does, the typed words
 * are matched against the words of each item (punctuation does not count), so
 * every item can be reached by letters: "compression n" or "no c" reach
 * "compression, no CSF". A pause of a second, or a letter that matches nothing
 * after the others, starts a new search.
 */
final class TypeAhead {

	private TypeAhead() {
	}

	static void install(Combo combo) {
		StringBuilder typed = new StringBuilder();
		long[] last = { 0 };
		combo.addListener(SWT.KeyDown, e -> {
			if (!Character.isLetterOrDigit(e.character) && e.character != ' ') {
				return;
			}
			long now = System.currentTimeMillis();
			if (now - last[0] > 1000) {
				typed.setLength(0);
			}
			last[0] = now;
			typed.append(Character.toLowerCase(e.character));
			e.doit = false;
			int index = find(combo.getItems(), typed.toString());
			if (index < 0) {
				// nothing matches what was typed: the last letter starts a new search
				typed.setLength(0);
				typed.append(Character.toLowerCase(e.character));
				index = find(combo.getItems(), typed.toString());
			}
			if (index >= 0 && combo.getSelectionIndex() != index) {
				combo.select(index);
				combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		});
	}

	/**
	 * @return the item typed text selects, or -1: the first item that starts
	 *         with it; else the first whose words, from its first word, start
	 *         with the typed words in turn; else the first where they do so from
	 *         a later word
	 */
	static int find(String[] items, String typed) {
		String wanted = typed.toLowerCase(Locale.ROOT);
		for (int i = 0; i < items.length; i++) {
			if (items[i].toLowerCase(Locale.ROOT).startsWith(wanted)) {
				return i;
			}
		}
		List<String> tokens = tokens(wanted);
		if (tokens.isEmpty()) {
			return -1;
		}
		for (boolean later : new boolean[] { false, true }) {
			for (int i = 0; i < items.length; i++) {
				List<String> words = words(items[i]);
				for (int start = later ? 1 : 0; start < (later ? words.size() : 1); start++) {
					if (startsWith(words, start, tokens)) {
						return i;
					}
				}
			}
		}
		return -1;
	}

	/** @return the typed words; a trailing space asks for one more word (an empty last token) */
	private static List<String> tokens(String typed) {
		String t = typed.stripLeading().replaceAll(" +", " ");
		if (t.isEmpty()) {
			return List.of();
		}
		return List.of(t.split(" ", -1));
	}

	/** @return the words of an item in lower case: letters and digits, split at anything else */
	private static List<String> words(String item) {
		List<String> words = new ArrayList<>();
		for (String w : item.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	private static boolean startsWith(List<String> words, int start, List<String> tokens) {
		if (start + tokens.size() > words.size()) {
			return false;
		}
		for (int j = 0; j < tokens.size(); j++) {
			if (!words.get(start + j).startsWith(tokens.get(j))) {
				return false;
			}
		}
		return true;
	}
}
