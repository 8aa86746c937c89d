package org.spinerad.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.spinerad.model.edit.ReportEditingDomain;
import org.eclipse.emf.common.command.CommandWrapper;

/**
 * Undo and redo by edit, not by keystroke: every keystroke is its own command
 * (so autosave and the preview see it at once), but consecutive keystrokes
 * typed into one field during one visit of the focus form one edit, undone and
 * redone together.
 */
public final class EditHistory {

	private EditHistory() {
	}

	/** One keystroke's change of a field, tagged with the edit it belongs to. */
	static final class Typing extends CommandWrapper {
		private final Object edit;

		Typing(Command command, Object edit) {
			super(command);
			this.edit = edit;
		}
	}

	/**
	 * @param command the change a keystroke made
	 * @param edit    identifies the edit: the same object for every keystroke of
	 *                one visit of the focus in one field
	 * @return the command to execute instead
	 */
	static Command typing(Command command, Object edit) {
		return new Typing(command, edit);
	}

	/** Undoes the last edit: all keystrokes of a typing edit, or one command. */
	public static void undo(CommandStack stack) {
		Command last = ReportEditingDomain.original(stack.getUndoCommand());
		stack.undo();
		while (last instanceof Typing typed && ReportEditingDomain.original(stack.getUndoCommand()) instanceof Typing before
				&& before.edit == typed.edit) {
			stack.undo();
		}
	}

	/** Redoes the next edit: all keystrokes of a typing edit, or one command. */
	public static void redo(CommandStack stack) {
		Command next = ReportEditingDomain.original(stack.getRedoCommand());
		stack.redo();
		while (next instanceof Typing typed && ReportEditingDomain.original(stack.getRedoCommand()) instanceof Typing after
				&& after.edit == typed.edit) {
			stack.redo();
		}
	}
}
