package org.spinerad.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;

/**
 * Enters the structured fields of one sample finding into its new finding in
 * the editor with keys only: Tab or Shift+Tab to the field, then the level or
 * number typed, the first letters of a pick-list value, or Space for a check box.
 * Free text (description, remark) is left out.
 */
final class FindingEntry {

	private static final String PREFIX = "org.spinerad.ui.report.finding.";

	private final Ui ui;
	private final Keyboard keys;
	private final List<FieldSpec> fields;
	private final List<String> order;
	private final Finding sample;
	private final Finding target;
	private final List<String> problems;
	private final String where;

	FindingEntry(Ui ui, Keyboard keys, RegionForm form, Finding sample, Finding target, List<String> problems) {
		this.ui = ui;
		this.keys = keys;
		this.fields = structured(form, sample);
		this.order = form.fields().stream().map(FieldSpec::feature).toList();
		this.sample = sample;
		this.target = target;
		this.problems = problems;
		this.where = form.kind().getLiteral() + " finding " + sample.getId() + ": ";
	}

	/** @return the fields of the form that hold no free text and exist for the finding's class */
	static List<FieldSpec> structured(RegionForm form, EObject finding) {
		return form.fields().stream().filter(f -> StandardForms.feature(finding.eClass(), f.feature()) instanceof EAttribute a
				&& a.getEAttributeType().getInstanceClass() != String.class).toList();
	}

	void enter() {
		List<FieldSpec> later = new ArrayList<>();
		for (FieldSpec field : fields) {
			if (StandardForms.entered(sample, field.feature()) && !enter(field, false)) {
				later.add(field);
			}
		}
		// a field governed by a later one (rim of an abscess) shows once that is entered: back with Shift+Tab
		for (FieldSpec field : later) {
			enter(field, true);
		}
	}

	/** @return whether the field was shown (and so entered) */
	private boolean enter(FieldSpec field, boolean last) {
		Control control = control(field.feature());
		if (control == null) {
			problems.add(where + field.feature() + ": the form has no such field");
			return true;
		}
		if (!ui.onUi(control::isVisible)) {
			if (last) {
				problems.add(where + field.feature() + " = " + StandardForms.value(sample, field.feature())
						+ ": the form does not show the field");
			}
			return false;
		}
		String id = PREFIX + target.getId() + "." + field.feature();
		if (!reach(id, field)) {
			return true;
		}
		// the form may be built again while keys arrive (the impression follows the findings): the caret
		// is looked up by its id after every key, and what counts is the model's value
		Object wanted = value(sample, field.feature());
		if (Objects.equals(wanted, value(target, field.feature()))) {
			return true;
		}
		control = keys.focus();
		if (control instanceof Text text) {
			if (!text.getText().isEmpty() && text.getSelectionCount() < text.getCharCount()) {
				keys.press('a', SWT.MOD1);
			}
			keys.type(typed(wanted));
		} else if (control instanceof Combo combo) {
			int index = wanted instanceof Boolean b ? (b ? 1 : 2) : field.choices().indexOf(StandardForms.value(sample, field.feature()));
			if (index < 0) {
				problems.add(where + field.feature() + " = " + wanted + ": not offered in the pick list " + field.choices());
				return true;
			}
			String[] items = combo.getItems();
			String prefix = prefix(items, index);
			if (prefix != null) {
				keys.type(prefix);
			} else {
				// a value whose first letters another one shares up to a comma: its neighbour, then Down
				prefix = nearest(items, index);
				keys.type(prefix);
				int from = index;
				for (int i = 0; i < index; i++) {
					if (items[i].toLowerCase(Locale.ROOT).startsWith(prefix)) {
						from = i;
						break;
					}
				}
				for (int i = from; i < index; i++) {
					keys.press(SWT.ARROW_DOWN, 0);
				}
			}
		} else if (control instanceof Button) {
			keys.press(' ', 0);
		}
		String how = control instanceof Text ? "typed" : control instanceof Combo ? "picked by type-ahead" : "ticked with Space";
		try {
			keys.await(where + field.feature() + " " + how, () -> Objects.equals(wanted, value(target, field.feature())));
		} catch (org.spinerad.testsupport.UiTimeoutError e) {
			problems.add(where + field.feature() + " " + how + " is " + value(target, field.feature()) + ", not " + wanted
					+ " (caret in " + id(keys.focus()) + ")");
		}
		return true;
	}

	private static Object id(Control control) {
		return control == null ? null : control.getData(WidgetIds.KEY);
	}

	/** Tab (or Shift+Tab) until the caret is in the control with the id. */
	private boolean reach(String id, FieldSpec field) {
		int goal = order.indexOf(field.feature());
		for (int i = 0; i < 80 && !id.equals(id(keys.focus())); i++) {
			Control before = keys.focus();
			String at = feature(before);
			if (at == null) {
				problems.add(where + "Tab left the finding on the way to " + field.feature() + " (caret in "
						+ id(before) + ")");
				return false;
			}
			int here = order.indexOf(at);
			keys.press(SWT.TAB, here > goal ? SWT.SHIFT : 0);
			keys.await("Tab to move the caret from " + at, () -> keys.focus() != before);
		}
		return id.equals(id(keys.focus()));
	}

	/** @return the feature of the focused control if it belongs to this finding ("" for its other controls) */
	private String feature(Control control) {
		String prefix = PREFIX + target.getId() + ".";
		if (control != null && control.getData(WidgetIds.KEY) instanceof String id && id.startsWith(prefix)) {
			String name = id.substring(prefix.length());
			return name;
		}
		return null;
	}

	private Control control(String feature) {
		return ui.find(PREFIX + target.getId() + "." + feature).map(Control.class::cast).orElse(null);
	}

	private static Object value(EObject finding, String feature) {
		EStructuralFeature f = StandardForms.feature(finding.eClass(), feature);
		EObject owner = finding;
		int dot = feature.indexOf('.');
		if (dot > 0) {
			owner = (EObject) finding.eGet(finding.eClass().getEStructuralFeature(feature.substring(0, dot)));
		}
		return owner == null ? null : owner.eGet(f);
	}

	/** @return what a radiologist types: lower case, a disc level in its short form (l3-4) */
	static String typed(Object value) {
		if (value instanceof SpineLevel level) {
			String text = level.toString().toLowerCase(Locale.ROOT);
			int dash = text.indexOf('-');
			// the short form (l3-4) only within a segment: l5-s1 stays
			return dash < 0 || text.charAt(0) != text.charAt(dash + 1) ? text
					: text.substring(0, dash + 1) + text.substring(dash + 2);
		}
		if (value instanceof Double d && d == Math.rint(d)) {
			return String.valueOf(d.longValue());
		}
		return String.valueOf(value);
	}

	/** @return the shortest first letters that select the item by type-ahead, or null */
	static String prefix(String[] items, int index) {
		String label = items[index].toLowerCase(Locale.ROOT);
		for (int k = 1; k <= label.length(); k++) {
			char c = label.charAt(k - 1);
			if (!Character.isLetterOrDigit(c) && c != ' ') {
				return null;
			}
			String p = label.substring(0, k);
			for (int i = 0; i < items.length; i++) {
				if (items[i].toLowerCase(Locale.ROOT).startsWith(p)) {
					if (i == index) {
						return p;
					}
					break;
				}
			}
		}
		return null;
	}

	/** @return the first letters type-ahead takes that, with the fewest Downs after them, reach the wanted item */
	static String nearest(String[] items, int index) {
		String label = items[index].toLowerCase(Locale.ROOT);
		String best = null;
		int cost = Integer.MAX_VALUE;
		for (int k = 1; k <= label.length(); k++) {
			char c = label.charAt(k - 1);
			if (!Character.isLetterOrDigit(c) && c != ' ') {
				break;
			}
			String p = label.substring(0, k);
			for (int i = 0; i <= index; i++) {
				if (items[i].toLowerCase(Locale.ROOT).startsWith(p)) {
					if (k + index - i < cost) {
						cost = k + index - i;
						best = p;
					}
					break;
				}
			}
		}
		return best;
	}

	/** @return the differences of the structured fields between the sample's findings and the report's */
	static List<String> compare(TemplateProvider template, Report sample, Report report) {
		List<String> differences = new ArrayList<>();
		for (RegionForm form : template.form().regions()) {
			Region expected = Reports.region(sample, form.kind()).orElse(null);
			Region actual = Reports.region(report, form.kind()).orElse(null);
			if (expected == null || actual == null || expected.getFindings().isEmpty()) {
				continue;
			}
			String kind = form.kind().getLiteral();
			if (actual.isNormal()) {
				differences.add(kind + ": still states normal with findings");
			}
			if (expected.getFindings().size() != actual.getFindings().size()) {
				differences.add(kind + ": " + actual.getFindings().size() + " findings, expected "
						+ expected.getFindings().size());
				continue;
			}
			for (int i = 0; i < expected.getFindings().size(); i++) {
				Finding e = expected.getFindings().get(i);
				Finding a = actual.getFindings().get(i);
				for (FieldSpec field : structured(form, e)) {
					String want = StandardForms.value(e, field.feature());
					String got = StandardForms.value(a, field.feature());
					if ((StandardForms.entered(e, field.feature()) || StandardForms.entered(a, field.feature()))
							&& !Objects.equals(want, got)) {
						differences.add(kind + " finding " + e.getId() + " " + field.feature() + ": " + got
								+ ", expected " + want);
					}
				}
			}
		}
		return differences;
	}
}
