package org.spinerad.ui.internal.editor;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.ReportPackage;
import org.spinerad.ui.WidgetIds;

/**
 * Shows beside an impression item whether it was drafted from the findings
 * (and still follows them) or edited by the radiologist (kept as written), and
 * keeps the mark current.
 */
public final class ImpressionMarks {

	/** The mark of an item the radiologist edited. */
	public static final String EDITED = "(edited)";
	/** The mark of a drafted item that follows the findings. */
	public static final String DRAFTED = "(drafted)";

	private ImpressionMarks() {
	}

	/** Shows the item's number and mark in the label and explains it on the text's tooltip. */
	public static void show(Label number, Control text, ImpressionItem item, int n) {
		WidgetIds.tag(number, EditorSupport.ID + ".impression." + n + ".mark");
		Runnable update = () -> {
			if (number.isDisposed()) {
				return;
			}
			String mark = item.getDraftKey() == null ? "" : item.isEdited() ? " " + EDITED : " " + DRAFTED;
			number.setText(n + "." + mark);
			String tip = item.getDraftKey() == null ? null
					: item.isEdited() ? "Edited: kept as written when the findings change. Redraft (Ctrl+Shift+R) restores the drafted text."
							: "Drafted from the findings: follows them until you edit it.";
			number.setToolTipText(tip);
			if (!text.isDisposed()) {
				text.setToolTipText(tip);
			}
			number.getParent().layout(new Control[] { number });
		};
		update.run();
		Adapter adapter = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification n) {
				if (n.getFeature() == ReportPackage.Literals.IMPRESSION_ITEM__EDITED && !number.isDisposed()) {
					number.getDisplay().asyncExec(update);
				}
			}
		};
		item.eAdapters().add(adapter);
		number.addListener(SWT.Dispose, e -> item.eAdapters().remove(adapter));
	}
}
