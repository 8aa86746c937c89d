package org.spinerad.ui.internal.editor;

import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.levels.SpineLevel;

/** Asks for the level a finding is copied to (Ctrl+Shift+C). */
public final class CopyQuestion {

	/** The title of the question, for finding it in tests. */
	public static final String TITLE = "Copy finding to another level";

	private CopyQuestion() {
	}

	/** @return the level the user typed; empty when cancelled */
	public static Optional<SpineLevel> ask(Shell shell, Report report, Finding finding) {
		String region = finding.eContainer() instanceof Region r ? Vocabulary.label(r.getKind()) : "";
		String at = finding.getFrom() == null ? "no level yet" : finding.getFrom().toString();
		InputDialog dialog = new InputDialog(shell, TITLE, NormalQuestion.patient(report) + "\n\nCopy finding "
				+ finding.getId() + " (" + region + ", " + at + ") to which level? For example T8 or L4-L5.", "",
				CopyQuestion::problem);
		if (dialog.open() != Window.OK) {
			return Optional.empty();
		}
		return Optional.of(SpineLevel.valueOf(dialog.getValue().strip()));
	}

	private static String problem(String text) {
		if (text == null || text.isBlank()) {
			return "Type a level, for example T8 or L4-L5";
		}
		try {
			SpineLevel.valueOf(text.strip());
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}
}
