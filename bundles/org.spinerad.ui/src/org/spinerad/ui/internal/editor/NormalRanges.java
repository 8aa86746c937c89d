package org.spinerad.ui.internal.editor;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.NormalRange;
import org.spinerad.model.Region;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.ui.WidgetIds;

/**
 * The structured normal statements of a region over ranges of levels ("normal
 * marrow signal from C2 to L1"), one row each: the range typed as levels
 * ({@link LevelRange}), what is normal there (the region's normal statement
 * when left empty) and Delete. A range that does not read as levels is marked
 * red with what is wrong in its tooltip, and the report keeps its last valid
 * range. Every change is a command on the editing domain; the
 * keystrokes of one visit of the range field are undone together.
 */
final class NormalRanges {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	/** Room for the longest range, e.g. "T12 to L5-S1". */
	private static final int LEVELS_WIDTH = 96;

	private NormalRanges() {
	}

	/**
	 * Adds a row per normal range of the region to its group (four columns).
	 *
	 * @param id prefix of the rows' widget ids, e.g. {@code org.spinerad.ui.report.region.bone_marrow}
	 */
	static void build(Composite group, Region region, Binder binder, EditingDomain domain, ReportEdits edits,
			boolean editable, String id, Runnable afterDelete) {
		int n = 1;
		for (NormalRange range : region.getNormalRanges()) {
			String rowId = id + ".normalRange." + n++;
			Label label = new Label(group, SWT.NONE);
			label.setText(Vocabulary.label(P.getNormalRange()));
			label.setToolTipText("Where the region is normal, e.g. C2 to L1; a finding inside the range is flagged");
			// levels, statement and Delete share the other three columns: the statement gets what the levels leave
			Composite row = new Composite(group, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
			GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(10, SWT.DEFAULT).applyTo(row);
			Text levels = levels(WidgetIds.tag(new Text(row, SWT.BORDER), rowId + ".levels"), range, domain, editable);
			binder.register(levels, range, P.getLocated_From());
			GridDataFactory.fillDefaults().hint(LEVELS_WIDTH, SWT.DEFAULT).applyTo(levels);
			Text statement = binder.text(WidgetIds.tag(new Text(row, SWT.BORDER), rowId + ".statement"), range,
					P.getNormalRange_Statement());
			statement.setMessage(Vocabulary.label(P.getNormalRange_Statement()) + " (the region's when empty)");
			statement.setToolTipText("What is normal there, e.g. normal marrow signal");
			GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(statement);
			Button delete = WidgetIds.tag(new Button(row, SWT.PUSH), rowId + ".delete");
			delete.setText("Delete");
			delete.setToolTipText("Delete this normal range");
			delete.setEnabled(editable);
			delete.addListener(SWT.Selection, e -> {
				edits.delete(range);
				afterDelete.run();
			});
		}
	}

	/**
	 * Binds a text field to the two levels of a range: typing sets both in one
	 * command; undo and redo show the levels again.
	 */
	static Text levels(Text text, NormalRange range, EditingDomain domain, boolean editable) {
		text.setText(LevelRange.format(range));
		text.setMessage("e.g. C2 to L1");
		text.setEditable(editable);
		boolean[] updating = { false };
		Object[] edit = { new Object() }; // one visit of the focus is one edit for undo
		text.addListener(SWT.FocusIn, e -> edit[0] = new Object());
		text.addModifyListener(e -> {
			if (updating[0] || !editable) {
				return;
			}
			try {
				LevelRange typed = LevelRange.parse(text.getText());
				mark(text, null);
				CompoundCommand both = new CompoundCommand("Set normal range");
				if (!Objects.equals(typed.from(), range.getFrom())) {
					both.append(SetCommand.create(domain, range, P.getLocated_From(), typed.from()));
				}
				if (!Objects.equals(typed.to(), range.getTo())) {
					both.append(SetCommand.create(domain, range, P.getLocated_To(), typed.to()));
				}
				if (!both.isEmpty() && both.canExecute()) {
					Command command = EditHistory.typing(both.unwrap(), edit[0]);
					domain.getCommandStack().execute(command);
				}
			} catch (IllegalArgumentException ex) {
				mark(text, ex.getMessage());
			}
		});
		Adapter adapter = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification n) {
				if ((n.getFeature() == P.getLocated_From() || n.getFeature() == P.getLocated_To()) && !text.isDisposed()
						&& !LevelRange.means(text.getText(), range)) {
					updating[0] = true;
					try {
						text.setText(LevelRange.format(range));
						mark(text, null);
					} finally {
						updating[0] = false;
					}
				}
			}
		};
		range.eAdapters().add(adapter);
		text.addDisposeListener(e -> range.eAdapters().remove(adapter));
		return text;
	}

	private static void mark(Text text, String error) {
		text.setToolTipText(error == null ? "Where the region is normal, e.g. C2 to L1, T1-T12 or L3" : error);
		text.setForeground(error == null ? null : text.getDisplay().getSystemColor(SWT.COLOR_RED));
	}
}
