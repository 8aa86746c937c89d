package org.spinerad.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.spinerad.ui.WidgetIds;

/**
 * Keeps the caret where the user types next: remembers the field of the
 * report editor that had the focus last (by widget id, so it survives a
 * rebuild of the form), puts the caret on a control a command asked for once
 * the form shows it, and scrolls the form to every control that gets the
 * focus, so keys never land in a field the user cannot see. It also keeps
 * which findings show their fields, so a rebuild of the form shows them again.
 */
public final class FocusKeeper {

	private final Composite part;
	private final ScrolledComposite scroller;
	private final Listener filter;
	private String lastId;
	private String beforeRebuild;
	private java.util.function.BooleanSupplier pending;
	private final java.util.Set<org.spinerad.model.Finding> expanded = java.util.Collections
			.newSetFromMap(new java.util.WeakHashMap<>());

	/**
	 * @param part     the editor part's root
	 * @param scroller the scrolled form inside it
	 */
	public FocusKeeper(Composite part, ScrolledComposite scroller) {
		this.part = part;
		this.scroller = scroller;
		Display display = part.getDisplay();
		filter = e -> {
			if (e.widget instanceof Control c && within(c, part)) {
				Object id = c.getData(WidgetIds.KEY);
				if (id != null) {
					lastId = id.toString();
				}
				if (scroller.getContent() != null && within(c, scroller.getContent())) {
					scroller.showControl(c);
				}
			}
		};
		display.addFilter(SWT.FocusIn, filter);
		part.addDisposeListener(e -> display.removeFilter(SWT.FocusIn, filter));
	}

	private static boolean within(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** @return whether the focus is inside the editor part */
	public boolean hasFocus() {
		Control focus = part.getDisplay().getFocusControl();
		return focus != null && within(focus, part);
	}

	/**
	 * @return whether a rebuild should give the caret back: it was in the editor,
	 *         in a dialog over it, or nowhere (not in another part)
	 */
	public boolean shouldRestore() {
		// controls of the rebuilt form take the focus on their way (GTK hands it on): the field is kept from before
		beforeRebuild = lastId;
		Control focus = part.getDisplay().getFocusControl();
		return focus == null || focus.getShell() != part.getShell() || within(focus, part);
	}

	/** Forgets the last field and the expanded findings (another report was opened). */
	public void forget() {
		lastId = null;
		pending = null;
		expanded.clear();
	}

	/** @return the findings of the open report whose fields show (the others show one line), kept across rebuilds */
	public java.util.Set<org.spinerad.model.Finding> expanded() {
		return expanded;
	}

	/** Puts the caret somewhere once the form is rebuilt (after the command that changes its structure). */
	public void later(java.util.function.BooleanSupplier focus) {
		pending = focus;
	}

	/** After a rebuild: the caret goes where a command asked, else back to the last field. */
	public void afterRebuild(boolean restore) {
		if (beforeRebuild != null) {
			lastId = beforeRebuild;
			beforeRebuild = null;
		}
		java.util.function.BooleanSupplier focus = pending;
		pending = null;
		if (focus != null && focus.getAsBoolean()) {
			return;
		}
		if (restore) {
			restoreLast();
		}
	}

	/** @return whether the field that had the focus last exists again and got it */
	public boolean restoreLast() {
		if (lastId == null || scroller.getContent() == null) {
			return false;
		}
		Control control = FormFocus.find((Composite) scroller.getContent(), lastId).orElse(null);
		if (control == null) {
			control = FormFocus.find(part, lastId).orElse(null);
		}
		return control != null && !control.isDisposed() && control.isVisible() && control.setFocus();
	}
}
