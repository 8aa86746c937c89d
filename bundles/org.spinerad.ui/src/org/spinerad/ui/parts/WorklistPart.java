package org.spinerad.ui.parts;

import java.text.SimpleDateFormat;
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
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.DistributionException;
import org.spinerad.distribution.DistributionService;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;
import org.spinerad.ui.Columns;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.session.ReportSession;
import org.spinerad.ui.session.ReportSession.Change;

/** The worklist: stored reports with status and study context; filter, then Enter opens. */
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
	private Runnable unlisten;
	private AutoCloseable deliveryListener;
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
		filter.setMessage("Filter by patient, accession, status or template");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		WidgetIds.tag(viewer.getTable(), ID + ".table");
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
		Columns.add(viewer, "Status", 80, ReportSummary.class, s -> s.status().getLiteral());
		Columns.add(viewer, "Patient", 150, ReportSummary.class, s -> s.patientName() == null ? "" : s.patientName());
		Columns.add(viewer, "Accession", 100, ReportSummary.class, s -> s.accessionNumber() == null ? "" : s.accessionNumber());
		Columns.add(viewer, "Study", 120, ReportSummary.class, s -> s.studyDateTime() == null ? "" : date.format(s.studyDateTime()));
		Columns.add(viewer, "Exam", 200, ReportSummary.class, s -> s.studyDescription() == null ? "" : s.studyDescription());
		Columns.add(viewer, "Template", 150, ReportSummary.class, s -> s.templateId() == null ? "" : s.templateId().replace("org.spinerad.templates.", ""));
		Columns.add(viewer, "Delivery", 260, ReportSummary.class, this::delivery);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String f = filter.getText().strip().toLowerCase(Locale.ROOT);
				if (f.isEmpty()) {
					return true;
				}
				ReportSummary s = (ReportSummary) element;
				String all = String.join(" ", String.valueOf(s.patientName()), String.valueOf(s.patientId()),
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
		deliveryMenu();
		count = WidgetIds.tag(new Label(parent, SWT.NONE), ID + ".count");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
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
				}
			}));
		}
		refresh();
	}

	/** Right-click menu (or the menu key) of the worklist: retry or cancel the delivery of a report per channel. */
	private void deliveryMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(viewer.getTable());
		menu.addListener(SWT.Show, e -> {
			for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
				item.dispose();
			}
			for (ChannelState state : selectedStates()) {
				boolean done = state.stage() == ChannelState.Stage.DELIVERED;
				item(menu, "&Retry " + state.label() + " delivery", !done,
						() -> distribution.retry(state.reportId(), state.channel()));
				item(menu, "&Cancel " + state.label() + " delivery", !done && state.stage() != ChannelState.Stage.CANCELLED,
						() -> distribution.cancel(state.reportId(), state.channel()));
			}
		});
		viewer.getTable().setMenu(menu);
	}

	private interface DeliveryAction {
		void run() throws DistributionException;
	}

	private void item(org.eclipse.swt.widgets.Menu menu, String text, boolean enabled, DeliveryAction action) {
		org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.setEnabled(enabled);
		item.addListener(SWT.Selection, e -> {
			try {
				action.run();
				loadDeliveries();
				viewer.refresh();
			} catch (DistributionException ex) {
				MessageDialog.openError(viewer.getTable().getShell(), "Delivery", ex.getMessage());
			}
		});
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

	/** @return the state of the report on every channel, e.g. "RIS delivered; PACS not sent" */
	private String delivery(ReportSummary summary) {
		return deliveries.getOrDefault(summary.id(), List.of()).stream()
				.map(s -> s.label() + " " + s.stage().word()).collect(java.util.stream.Collectors.joining("; "));
	}

	/** Reloads the list from the store. */
	public void refresh() {
		loadDeliveries();
		try {
			List<ReportSummary> summaries = session.store().list();
			viewer.setInput(summaries);
		} catch (StoreException e) {
			viewer.setInput(List.of());
			count.setText("The report store cannot be read: " + e.getMessage());
			return;
		}
		updateCount();
	}

	private void updateCount() {
		count.setText(viewer.getTable().getItemCount() + " report(s); Enter opens the selected one");
	}

	private void openSelected() {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (!(selected instanceof ReportSummary summary)) {
			return;
		}
		if (session.isDirty()) {
			int answer = new MessageDialog(viewer.getTable().getShell(), "Unsaved changes", null,
					"The open report has unsaved changes.", MessageDialog.QUESTION,
					new String[] { "Save", "Discard", "Cancel" }, 0).open();
			if (answer == 2 || answer < 0) {
				return;
			}
			try {
				if (answer == 0) {
					session.save();
				}
			} catch (StoreException e) {
				MessageDialog.openError(viewer.getTable().getShell(), "Save failed", e.getMessage());
				return;
			}
		}
		try {
			session.open(summary.id());
			var part = parts.findPart(ReportPart.ID);
			if (part != null) {
				parts.activate(part, true);
			}
		} catch (StoreException e) {
			MessageDialog.openError(viewer.getTable().getShell(), "Cannot open report", e.getMessage());
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
		if (deliveryListener != null) {
			deliveryListener.close();
		}
	}
}
