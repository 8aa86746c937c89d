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
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
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
	/** Objects bound before they are in the model: where each goes on its first edit. */
	private final Map<EObject, Attachment> attachments = new java.util.IdentityHashMap<>();
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
		Control control = controls.get(key(object, feature));
		return control == null || control.isDisposed() ? null : control;
	}

	/** Makes a control bound elsewhere (e.g. one field for two levels) findable like the others. */
	void register(Control control, EObject object, EStructuralFeature feature) {
		controls.put(key(object, feature), control);
	}

	private String key(EObject object, EStructuralFeature feature) {
		return pathOf(object) + "#" + (feature == null ? "" : feature.getName());
	}

	private record Attachment(EObject container, EReference reference) {
	}

	/**
	 * Binds the fields of an object that is not in the model yet (an optional
	 * part, such as a finding's enhancement): the first edit of any of its fields
	 * puts it into the container and sets the field in one undoable command, so
	 * showing a form never changes the report.
	 *
	 * @return the detached object, to bind its fields to
	 */
	public <T extends EObject> T attachOnEdit(EObject container, EReference reference, T detached) {
		attachments.put(detached, new Attachment(container, reference));
		return detached;
	}

	/**
	 * @return where an object sits in the report, by meaning rather than memory:
	 *         e.g. {@code /regions[epidural]/findings[F2]/enhancement}
	 */
	static String path(EObject object) {
		StringBuilder path = new StringBuilder();
		for (EObject o = object; o != null;) {
			EObject container = o.eContainer();
			EStructuralFeature feature = o.eContainingFeature();
			if (container == null) {
				return path.toString();
			}
			path.insert(0, "/" + feature.getName() + segment(o, container, feature));
			o = container;
		}
		return path.toString();
	}

	private static String segment(EObject object, EObject container, EStructuralFeature feature) {
		if (object instanceof org.spinerad.model.Finding finding && finding.getId() != null) {
			return "[" + finding.getId() + "]";
		}
		if (object instanceof org.spinerad.model.Region region && region.getKind() != null) {
			return "[" + region.getKind().getLiteral() + "]";
		}
		return feature.isMany() ? "[" + ((List<?>) container.eGet(feature)).indexOf(object) + "]" : "";
	}

	private String pathOf(EObject object) {
		Attachment attachment = object.eContainer() == null ? attachments.get(object) : null;
		return attachment == null ? path(object) : pathOf(attachment.container()) + "/" + attachment.reference().getName();
	}

	/** Appends the commands that put a detached object (and its detached containers, outermost first) in place. */
	private void attach(org.eclipse.emf.common.command.CompoundCommand command, EObject object) {
		Attachment attachment = object.eContainer() == null ? attachments.get(object) : null;
		if (attachment != null) {
			attach(command, attachment.container());
			command.append(SetCommand.create(domain, attachment.container(), attachment.reference(), object));
		}
	}

	/** Binds a text field to a string, number or level attribute. */
	public Text text(Text text, EObject owner, EAttribute feature) {
		controls.put(key(owner, feature), text);
		Runnable refresh = () -> {
			Object value = owner.eGet(feature);
			String shown = TextValues.format(value, feature);
			// text that already means the value stays as typed (t1 while typing t10), the caret where it is
			if (!shown.equals(text.getText()) && !TextValues.means(text.getText(), value, feature)) {
				text.setText(shown);
			}
			mark(text, null);
		};
		refresh.run();
		text.setEditable(!readOnly);
		Object[] edit = { new Object() }; // one visit of the focus is one edit for undo
		text.addListener(SWT.FocusIn, e -> edit[0] = new Object());
		text.addModifyListener(e -> {
			if (updating || readOnly) {
				return;
			}
			try {
				Object value = TextValues.parse(text.getText(), feature);
				if (TextValues.means(text.getText(), owner.eGet(feature), feature)) {
					value = owner.eGet(feature); // typed back to what it was: the stored form stays
				}
				mark(text, null);
				set(owner, feature, value, edit[0]);
			} catch (IllegalArgumentException ex) {
				mark(text, ex.getMessage());
			}
		});
		// once committed (the caret leaves, or Enter), the value shows in its own form: t10 becomes T10
		org.eclipse.swt.widgets.Listener commit = e -> {
			Object value = owner.eGet(feature);
			String shown = TextValues.format(value, feature);
			if (!readOnly && value != null && !shown.equals(text.getText()) && TextValues.means(text.getText(), value, feature)) {
				updating = true;
				try {
					text.setText(shown);
					text.setSelection(shown.length());
				} finally {
					updating = false;
				}
			}
		};
		text.addListener(SWT.FocusOut, commit);
		text.addListener(SWT.DefaultSelection, commit);
		listen(owner, feature, text, refresh);
		return text;
	}

	/** Binds a combo (pick list) to an enum attribute; items are the literals offered. */
	public Combo combo(Combo combo, EObject owner, EAttribute feature, List<String> literals) {
		controls.put(key(owner, feature), combo);
		EEnum type = (EEnum) feature.getEAttributeType();
		combo.setItems(literals.stream().map(l -> org.spinerad.model.edit.Vocabulary.label(type, l)).toArray(String[]::new));
		Runnable refresh = () -> {
			Object value = feature.isUnsettable() && !owner.eIsSet(feature) ? null : owner.eGet(feature);
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
		TypeAhead.install(combo);
		scrollNotSelect(combo);
		return combo;
	}

	/**
	 * The mouse wheel over a pick list scrolls the form and never changes the
	 * value (scrolling past a closed pick list must not edit the report); an
	 * open list still scrolls its own items.
	 */
	static void scrollNotSelect(Control control) {
		control.addListener(SWT.MouseVerticalWheel, e -> {
			e.doit = false;
			for (Control c = control.getParent(); c != null; c = c.getParent()) {
				if (c instanceof org.eclipse.swt.custom.ScrolledComposite scroller && scroller.getContent() != null) {
					org.eclipse.swt.graphics.Point origin = scroller.getOrigin();
					int step = Math.max(1, scroller.getVerticalBar() == null ? 20 : scroller.getVerticalBar().getIncrement());
					scroller.setOrigin(origin.x, Math.max(0, origin.y - e.count * step));
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
		TypeAhead.install(combo);
		scrollNotSelect(combo);
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

	/**
	 * Binds a check box whose changes go through an edit of its own (one that may
	 * ask first, or change more than this feature); when the edit changes
	 * nothing, the box shows the model's value again.
	 */
	public Button check(Button button, EObject owner, EAttribute feature, java.util.function.Consumer<Boolean> edit) {
		controls.put(key(owner, feature), button);
		Runnable refresh = () -> button.setSelection(Boolean.TRUE.equals(owner.eGet(feature)));
		refresh.run();
		button.setEnabled(!readOnly);
		button.addListener(SWT.Selection, e -> {
			if (!updating && !readOnly) {
				edit.accept(button.getSelection());
				if (!button.isDisposed()) {
					refresh.run();
				}
			}
		});
		listen(owner, feature, button, refresh);
		return button;
	}

	private void set(EObject owner, EStructuralFeature feature, Object value) {
		set(owner, feature, value, null);
	}

	/** @param edit the typing edit the change belongs to (see {@link EditHistory}); null for a change of its own */
	private void set(EObject owner, EStructuralFeature feature, Object value, Object edit) {
		boolean unset = feature.isUnsettable() && !owner.eIsSet(feature);
		if (unset ? value == null : Objects.equals(owner.eGet(feature), value)) {
			return;
		}
		org.eclipse.emf.common.command.Command command = value == null && feature.isUnsettable()
				? SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE)
				: SetCommand.create(domain, owner, feature, value);
		Attachment attachment = owner.eContainer() == null ? attachments.get(owner) : null;
		if (attachment != null) {
			var both = new org.eclipse.emf.common.command.CompoundCommand(command.getLabel());
			attach(both, owner);
			both.append(command);
			command = both;
		}
		if (edit != null) {
			command = EditHistory.typing(command, edit);
		}
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
		Runnable remove = () -> owner.eAdapters().remove(adapter);
		disposers.add(remove);
		// a control disposed on its own (a section shown again) lets go of its object at once
		control.addDisposeListener(e -> remove.run());
	}

	/** Removes every adapter this binder added. */
	public void dispose() {
		disposers.forEach(Runnable::run);
		disposers.clear();
		controls.clear();
		attachments.clear();
	}

	private static void mark(Control control, String error) {
		control.setToolTipText(error);
		Color color = error == null ? null : control.getDisplay().getSystemColor(SWT.COLOR_RED);
		control.setForeground(color);
	}
}
