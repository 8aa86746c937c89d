package org.spinerad.ui.internal.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.spinerad.dictation.Proposal;
import org.spinerad.ui.WidgetIds;

/**
 * The completion list of the phrase bar, under its line: what may follow the
 * phrase typed, each with what it sets. It never takes the keyboard (a list in
 * a window of its own would, while the user types on); the line moves its
 * highlight with Up and Down. The first row is highlighted when it is offered
 * for Enter (the unfinished word completed by it).
 */
final class ProposalList {

	/** Widget id of the list. */
	static final String ID = "org.spinerad.ui.phrasebar.proposals";
	/** How many proposals are listed at most. */
	private static final int MOST = 60;
	/** How many rows show at once. */
	private static final int ROWS = 8;

	private final Table table;
	private List<Proposal> shown = List.of();
	private boolean moved;
	private boolean offered;

	ProposalList(Composite parent, Control line) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		WidgetIds.tag(table, ID);
		new TableColumn(table, SWT.LEFT).setText("Phrase");
		new TableColumn(table, SWT.LEFT).setText("Sets");
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = table.getItemHeight() * ROWS;
		table.setLayoutData(data);
		table.addListener(SWT.FocusIn, e -> line.setFocus()); // the caret stays in the line
		table.addListener(SWT.Resize, e -> {
			int width = table.getClientArea().width;
			table.getColumn(0).setWidth(width * 9 / 20);
			table.getColumn(1).setWidth(width - width * 9 / 20);
		});
	}

	/**
	 * Lists the proposals, the first one at the top.
	 *
	 * @param offer whether the first one is offered for Enter (highlighted), else none is highlighted
	 */
	void show(List<Proposal> proposals, boolean offer) {
		shown = proposals.size() > MOST ? proposals.subList(0, MOST) : proposals;
		moved = false;
		offered = offer && !shown.isEmpty();
		table.setRedraw(false);
		table.removeAll();
		for (Proposal p : shown) {
			new TableItem(table, SWT.NONE).setText(new String[] { p.words(), p.shown() });
		}
		if (offered) {
			table.setSelection(0);
		}
		table.setRedraw(true);
		if (!shown.isEmpty()) {
			table.showItem(table.getItem(0));
		}
	}

	/** @return the first proposal when it is offered for Enter and no other row was chosen */
	Optional<Proposal> offered() {
		return offered && !moved ? Optional.of(shown.get(0)) : Optional.empty();
	}

	/** @return whether there is a proposal to move to */
	boolean listing() {
		return !shown.isEmpty();
	}

	/** Moves the highlight down (1) or up (-1). */
	void move(int step) {
		int at = moved ? table.getSelectionIndex() : step > 0 ? -1 : shown.size();
		int next = Math.max(0, Math.min(shown.size() - 1, at + step));
		table.setSelection(next);
		moved = true;
	}

	/** @return the proposal highlighted with Up or Down, if any */
	Optional<Proposal> chosen() {
		int at = table.getSelectionIndex();
		return moved && at >= 0 && at < shown.size() ? Optional.of(shown.get(at)) : Optional.empty();
	}

	/** @return the table, for its events */
	Table table() {
		return table;
	}

	/** @return the proposal of a row, if any */
	Optional<Proposal> at(int index) {
		return index >= 0 && index < shown.size() ? Optional.of(shown.get(index)) : Optional.empty();
	}
}
