package org.spinerad.ui.internal.editor;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.edit.Vocabulary;

/** Asks before a region with findings is stated normal, naming the patient and the region; the default is No. */
final class NormalQuestion {

	/** The title of the question, for finding it in tests. */
	static final String TITLE = "State region normal";

	private NormalQuestion() {
	}

	static boolean removeFindings(Shell shell, Report report, Region region) {
		int count = region.getFindings().size();
		String name = Vocabulary.label(region.getKind());
		String message = patient(report) + "\n\n" + name + " has " + count + (count == 1 ? " finding" : " findings")
				+ ". A normal region has none: remove " + (count == 1 ? "it" : "them") + " and state "
				+ name.toLowerCase(Locale.ROOT) + " normal?\n\n(Ctrl+Z takes it back.)";
		MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.QUESTION,
				new String[] { IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL }, 1);
		return dialog.open() == 0;
	}

	/** @return "Patient: MOREAU, EMILE (ID 123)" or "Patient: unknown" */
	static String patient(Report report) {
		return org.spinerad.ui.internal.PatientLine.of(report);
	}
}
