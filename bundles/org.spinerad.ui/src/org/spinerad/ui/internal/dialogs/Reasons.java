package org.spinerad.ui.internal.dialogs;

import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for a text that must not be blank (a reason, an addendum). OK is
 * disabled, with the hint shown, from the moment the question opens: a stock
 * input dialog validates only after the first keystroke, so an immediate OK
 * would accept an empty reason.
 */
public final class Reasons {

	private Reasons() {
	}

	/**
	 * @param missing the hint shown while the field is blank, e.g. "Enter the reason"
	 * @return the stripped text, or empty when cancelled
	 */
	public static Optional<String> ask(Shell shell, String title, String question, String missing) {
		InputDialog dialog = new InputDialog(shell, title, question, "",
				v -> v == null || v.isBlank() ? missing : null) {
			@Override
			public void create() {
				super.create();
				validateInput();
			}
		};
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue().strip()) : Optional.empty();
	}
}
