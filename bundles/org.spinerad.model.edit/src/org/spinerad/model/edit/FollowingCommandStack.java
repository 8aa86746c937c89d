package org.spinerad.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * The command stack of a report: when a follow-up is set (e.g. the drafted
 * impression following the findings), every executed command is followed by
 * the follow-up's command in the same undoable step, so one undo takes back a
 * change and what followed from it, and undo or redo never computes anything
 * anew.
 */
final class FollowingCommandStack extends BasicCommandStack {

	private volatile Function<Command, Command> followUp;

	void setFollowUp(Function<Command, Command> followUp) {
		this.followUp = followUp;
	}

	@Override
	public void execute(Command command) {
		Function<Command, Command> f = followUp;
		super.execute(f == null || command == null ? command : new Following(command, f));
	}

	/** @return the command that was executed when {@code command} is it with what followed from it, else {@code command} */
	static Command original(Command command) {
		return command instanceof Following f ? f.first : command;
	}

	/** A command and, once it has run, the command that follows from it. */
	private static final class Following extends CompoundCommand {
		private final Command first;
		private final Function<Command, Command> followUp;

		Following(Command first, Function<Command, Command> followUp) {
			super(first.getLabel(), new ArrayList<>(List.of(first)));
			this.first = first;
			this.followUp = followUp;
			setDescription(first.getDescription());
		}

		@Override
		protected boolean prepare() {
			return first.canExecute();
		}

		@Override
		public void execute() {
			first.execute();
			Command next;
			try {
				next = followUp.apply(first);
			} catch (RuntimeException e) {
				next = null; // the change stands; only what follows from it is left out
			}
			if (next != null && next.canExecute()) {
				next.execute();
				commandList.add(next);
			}
		}

		@Override
		public Collection<?> getResult() {
			return first.getResult();
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return first.getAffectedObjects();
		}
	}
}
