package org.spinerad.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Picks one line of a list (Enter or double-click). */
public final class PickDialog extends Dialog {

	private final String title;
	private final List<String> items;
	private org.eclipse.swt.widgets.List list;
	private int picked = -1;

	public PickDialog(Shell shell, String title, List<String> items) {
		super(shell);
		this.title = title;
		this.items = items;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		list = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		list.setItems(items.toArray(String[]::new));
		list.select(0);
		list.addListener(SWT.DefaultSelection, e -> okPressed());
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 300).applyTo(list);
		return area;
	}

	@Override
	protected void okPressed() {
		picked = list.getSelectionIndex();
		super.okPressed();
	}

	/** @return the index picked, or -1 when cancelled */
	public int pick() {
		return open() == OK ? picked : -1;
	}
}
