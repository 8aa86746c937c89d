package org.spinerad.ui.parts;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.edit.Formats;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;
import org.spinerad.ui.Columns;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.PatientLine;
import org.spinerad.ui.internal.ChannelSetup;
import org.spinerad.ui.internal.WorklistColumns;
import org.spinerad.ui.internal.WorklistMenu;
import org.spinerad.ui.session.ReportSession;
import org.spinerad.ui.session.ReportSession.Change;

/**
 * The reading-room worklist: stored reports with priority, patient, MRN, age/sex, exam, accession, study time,
 * status and delivery; filter, then Enter opens. A click on a column header or Ctrl+1 to Ctrl+9 sorts (again
 * reverses); rows with equal keys keep report-id order, so a save never moves a row. F8 opens the next unreported
 * study.
 */
public class WorklistPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.worklist";

	@Inject
	ReportSession session;
	@Inject
	EPartService parts;

	private Text filter;
	private TableViewer viewer;
	private Label count;
	private List<WorklistColumns.Column> columns;
	/** The column sorted by (study time at first) and its direction. */
	private int sortColumn = 6;
	private boolean ascending = true;
	/** The table width the columns were last fitted to. */
	private int fittedWidth = -1;
	private Runnable unlisten;
	private AutoCloseable deliveryListener;
	private AutoCloseable storeListener;
	/** The channel states of each report, rebuilt once per refresh rather than searched per row. */
	private java.util.Map<String, List<ChannelState>> deliveries = java.util.Map.of();
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	DistributionService distribution;
	@Inject
	org.eclipse.e4.ui.di.UISynchronize sync;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER), ID + ".filter");
		filter.setMessage("Filter: patient, MRN, accession");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		WidgetIds.tag(viewer.getTable(), ID + ".table");
		viewer.getTable().setHeaderVisible(true);
		// layout passes resize the table many times while the window opens; only a new width needs new columns
		viewer.getTable().addListener(SWT.Resize, e -> {
			if (viewer.getTable().getClientArea().width != fittedWidth) {
				fitColumns();
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		columns = WorklistColumns.all(this::delivery);
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		for (int i = 0; i < columns.size(); i++) {
			int index = i;
			TableViewerColumn column = Columns.add(viewer, columns.get(i).title(), 60, ReportSummary.class,
					columns.get(i).text());
			column.getColumn().setToolTipText("Sort by " + columns.get(i).title().toLowerCase(Locale.ROOT)
					+ (i < 9 ? " (Ctrl+" + (i + 1) + ")" : ""));
			column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		}
		// a full-width worklist too narrow for a long exam or delivery state wraps it, never cuts it
		org.spinerad.ui.internal.WrappedCells.install(viewer.getTable(), WorklistColumns.EXAM, WorklistColumns.DELIVERY);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return WorklistColumns.order(columns.get(sortColumn), ascending).compare((ReportSummary) a,
						(ReportSummary) b);
			}
		});
		Listener sortKeys = e -> {
			if ((e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1 && e.keyCode >= '1' && e.keyCode <= '9'
					&& e.keyCode - '1' < columns.size()) {
				sortBy(e.keyCode - '1');
				e.doit = false;
			}
		};
		viewer.getTable().addListener(SWT.KeyDown, sortKeys);
		filter.addListener(SWT.KeyDown, sortKeys);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String f = filter.getText().strip().toLowerCase(Locale.ROOT);
				if (f.isEmpty()) {
					return true;
				}
				ReportSummary s = (ReportSummary) element;
				String all = String.join(" ", String.valueOf(s.patientName()),
						String.valueOf(Formats.personName(s.patientName())), String.valueOf(s.patientId()),
						String.valueOf(s.accessionNumber()), s.status().getLiteral(), String.valueOf(s.templateId()),
						String.valueOf(s.studyDescription())).toLowerCase(Locale.ROOT);
				return all.contains(f);
			}
		});
		filter.addModifyListener(e -> {
			viewer.refresh();
			updateCount();
		});
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTable().setFocus();
				if (viewer.getTable().getItemCount() > 0 && viewer.getTable().getSelectionIndex() < 0) {
					viewer.getTable().select(0);
				}
			}
		});
		filter.addListener(SWT.DefaultSelection, e -> {
			if (viewer.getTable().getItemCount() > 0) {
				viewer.getTable().select(0);
				openSelected();
			}
		});
		viewer.addOpenListener(e -> openSelected());
		WorklistMenu.attach(viewer, columns.stream().map(WorklistColumns.Column::title).toList(), () -> sortColumn,
				this::sortBy, this::selectedStates, distribution, () -> {
					loadDeliveries();
					viewer.refresh();
				});
		count = WidgetIds.tag(new Label(parent, SWT.WRAP), ID + ".count");
		GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(count);
		unlisten = session.listen(change -> {
			if (change == Change.SAVED) {
				refresh();
			}
		});
		if (distribution != null) {
			deliveryListener = distribution.onChange(state -> sync.asyncExec(() -> {
				if (!viewer.getTable().isDisposed()) {
					loadDeliveries();
					viewer.refresh();
					fitColumns();
				}
			}));
		}
		storeListener = org.spinerad.ui.internal.LiveWorklist.follow(session.store(), sync::asyncExec, this::refresh,
				viewer.getTable()::isDisposed);
		showSort();
		refresh();
	}

	private List<ChannelState> selectedStates() {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (distribution == null || !(selected instanceof ReportSummary summary)) {
			return List.of();
		}
		return deliveries.getOrDefault(summary.id(), List.of());
	}

	private void loadDeliveries() {
		java.util.Map<String, List<ChannelState>> byReport = new java.util.HashMap<>();
		if (distribution != null) {
			for (ChannelState state : distribution.states()) {
				byReport.computeIfAbsent(state.reportId(), id -> new java.util.ArrayList<>()).add(state);
			}
		}
		deliveries = byReport;
	}

	/**
	 * @return the state of the report on every channel, e.g. "RIS delivered; PACS not configured", or null
	 *         when it was never sent
	 */
	private String delivery(ReportSummary summary) {
		String text = deliveries.getOrDefault(summary.id(), List.of()).stream()
				.map(s -> s.label() + " " + (s.stage() == ChannelState.Stage.NOT_SENT
						&& !ChannelSetup.configured(s.channel()) ? "not configured" : s.stage().word()))
				.collect(java.util.stream.Collectors.joining("; "));
		return text.isEmpty() ? null : text;
	}

	/** Reloads the list from the store. */
	public void refresh() {
		loadDeliveries();
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		try {
			List<ReportSummary> summaries = session.store().list();
			viewer.setInput(summaries);
		} catch (StoreException e) {
			viewer.setInput(List.of());
			count.setText("The report store cannot be read: " + e.getMessage());
			return;
		}
		if (selected instanceof ReportSummary before) {
			rows().stream().filter(s -> s.id().equals(before.id())).findFirst()
					.ifPresent(s -> viewer.setSelection(new StructuredSelection(s), true));
		}
		fitColumns();
		updateCount();
	}

	/** Sorts by a column; the same column again reverses the order. Rows with equal keys stay in report-id order. */
	public void sortBy(int column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		showSort();
		viewer.refresh();
	}

	private void showSort() {
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(sortColumn));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
	}

	/** @return the rows as shown, in display order */
	public List<ReportSummary> rows() {
		List<ReportSummary> rows = new java.util.ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			rows.add((ReportSummary) item.getData());
		}
		return rows;
	}

	/**
	 * Opens the next unreported study after the open report (or the selected row) in the order shown, starting
	 * again at the top, and puts the focus in the editor.
	 */
	public void openNext() {
		List<ReportSummary> rows = rows();
		String current = session.report().map(r -> r.getId()).orElseGet(() -> {
			Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
			return selected instanceof ReportSummary s ? s.id() : null;
		});
		int start = 0;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).id().equals(current)) {
				start = i + 1;
			}
		}
		for (int n = 0; n < rows.size(); n++) {
			ReportSummary candidate = rows.get((start + n) % rows.size());
			if (WorklistColumns.unreported(candidate) && !candidate.id().equals(current)) {
				viewer.setSelection(new StructuredSelection(candidate), true);
				open(candidate);
				return;
			}
		}
		count.setText("No unreported study left in the worklist");
		count.getParent().layout(true);
	}

	/** Sizes every column to its header and values, so nothing is cut off (see {@link WorklistColumns#fit}). */
	private void fitColumns() {
		WorklistColumns.fit(viewer.getTable());
		fittedWidth = viewer.getTable().getClientArea().width;
	}

	private void updateCount() {
		count.setText(viewer.getTable().getItemCount()
				+ " report(s): Enter opens; F7 all columns; F8 next unreported; Ctrl+1 to Ctrl+9 sort");
		count.setToolTipText("Enter opens the selected report. F7 widens the worklist to the window with all its "
				+ "columns, and back. F8 opens the next unreported study. "
				+ "Ctrl+1 to Ctrl+" + Math.min(9, columns.size()) + " (or a click on a column header) sort by "
				+ "that column; again reverses.");
		count.getParent().layout(true);
	}

	private void openSelected() {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (selected instanceof ReportSummary summary) {
			open(summary);
		}
	}

	private void open(ReportSummary summary) {
		if (session.isDirty()) {
			int answer = new MessageDialog(viewer.getTable().getShell(), "Unsaved changes", null,
					PatientLine.about(session.report().orElse(null), "The open report has unsaved changes."),
					MessageDialog.QUESTION,
					new String[] { "Save", "Discard", "Cancel" }, 0).open();
			if (answer == 2 || answer < 0) {
				return;
			}
			try {
				if (answer == 0) {
					session.save();
				}
			} catch (StoreException e) {
				MessageDialog.openError(viewer.getTable().getShell(), "Save failed",
						PatientLine.about(session.report().orElse(null), e.getMessage()));
				return;
			}
		}
		try {
			session.open(summary.id());
			// a report opened from the full-width worklist is written beside it again
			org.spinerad.ui.internal.WorklistZoom.restore(parts.findPart(ID));
			var part = parts.findPart(ReportPart.ID);
			if (part != null) {
				parts.activate(part, true);
				if (part.getObject() instanceof ReportPart editor) {
					editor.setFocus();
				}
			}
		} catch (StoreException e) {
			MessageDialog.openError(viewer.getTable().getShell(), "Cannot open report",
					PatientLine.about(summary, e.getMessage()));
		}
	}

	@Focus
	public void setFocus() {
		filter.setFocus();
	}

	@PreDestroy
	public void dispose() throws Exception {
		if (unlisten != null) {
			unlisten.run();
		}
		for (AutoCloseable listener : new AutoCloseable[] { deliveryListener, storeListener }) {
			if (listener != null) {
				listener.close();
			}
		}
	}
}
