package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Binds SWT controls to features of EMF objects: every edit becomes a
 * {@link SetCommand} on the editing domain (so it can be undone), and every
 * model change, including undo and redo, updates the control. Input that does
 * not parse (a letter in a number, an unknown level) marks the control and
 * leaves the model unchanged. Written here because EMF's edit data binding on
 * Maven Central is a 2015 build that does not match the 2026 platform.
 */
public final class Binder {

	private final EditingDomain domain;
	private final List<Runnable> disposers = new ArrayList<>();
	private final Map<String, Control> controls = new HashMap<>();
	private boolean updating;
	private boolean readOnly;

	public Binder(EditingDomain domain) {
		this.domain = domain;
	}

	/** Makes every bound control read-only (a signed report). */
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	/** @return the control bound to a feature of an object, e.g. to focus it from the problems list */
	public Control control(EObject object, EStructuralFeature feature) {
		return controls.get(key(object, feature));
	}

	private static String key(EObject object, EStructuralFeature feature) {
		return System.identityHashCode(object) + "#" + (feature == null ? "" : feature.getName());
	}

	/** Binds a text field to a string, number or level attribute. */
	public Text text(Text text, EObject owner, EAttribute feature) {
		controls.put(key(owner, feature), text);
		Runnable refresh = () -> {
			String shown = format(owner.eGet(feature), feature);
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
			mark(text, null);
		};
		refresh.run();
		text.setEditable(!readOnly);
		text.addModifyListener(e -> {
			if (updating || readOnly) {
				return;
			}
			try {
				Object value = parse(text.getText(), feature);
				mark(text, null);
				set(owner, feature, value);
			} catch (IllegalArgumentException ex) {
				mark(text, ex.getMessage());
			}
		});
		listen(owner, feature, text, refresh);
		return text;
	}

	/** Binds a combo (pick list) to an enum attribute; items are the literals offered. */
	public Combo combo(Combo combo, EObject owner, EAttribute feature, List<String> literals) {
		controls.put(key(owner, feature), combo);
		EEnum type = (EEnum) feature.getEAttributeType();
		combo.setItems(literals.stream().map(l -> org.spinerad.model.edit.Vocabulary.label(type, l)).toArray(String[]::new));
		Runnable refresh = () -> {
			Object value = owner.eGet(feature);
			String literal = value == null ? null : value.toString();
			int index = literal == null ? -1 : literals.indexOf(literal);
			if (combo.getSelectionIndex() != index) {
				if (index < 0) {
					combo.deselectAll();
				} else {
					combo.select(index);
				}
			}
		};
		refresh.run();
		combo.setEnabled(!readOnly);
		combo.addListener(SWT.Selection, e -> {
			if (updating || readOnly || combo.getSelectionIndex() < 0) {
				return;
			}
			Object value = type.getEEnumLiteral(literals.get(combo.getSelectionIndex())).getInstance();
			set(owner, feature, value);
		});
		listen(owner, feature, combo, refresh);
		typeAhead(combo);
		return combo;
	}

	/**
	 * Type-ahead for read-only pick lists: typed letters select the first item
	 * that starts with them (a pause of a second starts a new search).
	 */
	static void typeAhead(Combo combo) {
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
			String wanted = prefix.toString();
			String[] items = combo.getItems();
			for (int i = 0; i < items.length; i++) {
				if (items[i].toLowerCase(java.util.Locale.ROOT).startsWith(wanted)) {
					if (combo.getSelectionIndex() != i) {
						combo.select(i);
						combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
					}
					e.doit = false;
					return;
				}
			}
		});
	}

	/** Binds a combo with the items "", "yes", "no" to a Boolean attribute that may be unknown. */
	public Combo yesNo(Combo combo, EObject owner, EAttribute feature) {
		controls.put(key(owner, feature), combo);
		combo.setItems("", "yes", "no");
		Runnable refresh = () -> {
			Object value = owner.eGet(feature);
			combo.select(value == null ? 0 : Boolean.TRUE.equals(value) ? 1 : 2);
		};
		refresh.run();
		combo.setEnabled(!readOnly);
		combo.addListener(SWT.Selection, e -> {
			if (!updating && !readOnly) {
				int i = combo.getSelectionIndex();
				set(owner, feature, i <= 0 ? null : Boolean.valueOf(i == 1));
			}
		});
		listen(owner, feature, combo, refresh);
		typeAhead(combo);
		return combo;
	}

	/** Binds a check box to a boolean attribute. */
	public Button check(Button button, EObject owner, EAttribute feature) {
		controls.put(key(owner, feature), button);
		Runnable refresh = () -> button.setSelection(Boolean.TRUE.equals(owner.eGet(feature)));
		refresh.run();
		button.setEnabled(!readOnly);
		button.addListener(SWT.Selection, e -> {
			if (!updating && !readOnly) {
				set(owner, feature, button.getSelection());
			}
		});
		listen(owner, feature, button, refresh);
		return button;
	}

	private void set(EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return;
		}
		var command = value == null && feature.isUnsettable()
				? SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE)
				: SetCommand.create(domain, owner, feature, value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void listen(EObject owner, EStructuralFeature feature, Control control, Runnable refresh) {
		Adapter adapter = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification n) {
				if (n.getFeature() == feature && !control.isDisposed()) {
					updating = true;
					try {
						refresh.run();
					} finally {
						updating = false;
					}
				}
			}
		};
		owner.eAdapters().add(adapter);
		disposers.add(() -> owner.eAdapters().remove(adapter));
	}

	/** Removes every adapter this binder added. */
	public void dispose() {
		disposers.forEach(Runnable::run);
		disposers.clear();
		controls.clear();
	}

	static String format(Object value, EAttribute feature) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
		}
		return EcoreUtil.convertToString(feature.getEAttributeType(), value);
	}

	static Object parse(String text, EAttribute feature) {
		String t = text.strip();
		EDataType type = feature.getEAttributeType();
		if (t.isEmpty()) {
			return null;
		}
		Class<?> instance = type.getInstanceClass();
		try {
			if (instance == Double.class || instance == double.class) {
				return Double.valueOf(t.replace(',', '.'));
			}
			if (instance == Integer.class || instance == int.class) {
				return Integer.valueOf(t.replace("%", "").strip());
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + t + "' is not a number");
		}
		return EcoreUtil.createFromString(type, t);
	}

	private static void mark(Control control, String error) {
		control.setToolTipText(error);
		Color color = error == null ? null : control.getDisplay().getSystemColor(SWT.COLOR_RED);
		control.setForeground(color);
	}
}
