package org.spinerad.ui.internal;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.DistributionException;
import org.spinerad.distribution.DistributionService;
import org.spinerad.store.ReportSummary;

/**
 * The worklist's right-click menu (also the menu key): sort by a column, and retry or cancel the delivery of the
 * selected report on each channel.
 */
public final class WorklistMenu {

	private final TableViewer viewer;
	private final DistributionService distribution;
	private final Runnable reload;

	private interface DeliveryAction {
		void run() throws DistributionException;
	}

	/**
	 * @param titles       the column titles, in order
	 * @param sortColumn   the column sorted by now
	 * @param sortBy       sorts by a column
	 * @param states       the channel states of the selected report
	 * @param distribution the distribution service, or null when there is none
	 * @param reload       reloads the delivery states and the rows after a retry or cancel
	 */
	public static void attach(TableViewer viewer, List<String> titles, IntSupplier sortColumn, IntConsumer sortBy,
			Supplier<List<ChannelState>> states, DistributionService distribution, Runnable reload) {
		new WorklistMenu(viewer, distribution, reload).install(titles, sortColumn, sortBy, states);
	}

	private WorklistMenu(TableViewer viewer, DistributionService distribution, Runnable reload) {
		this.viewer = viewer;
		this.distribution = distribution;
		this.reload = reload;
	}

	private void install(List<String> titles, IntSupplier sortColumn, IntConsumer sortBy,
			Supplier<List<ChannelState>> states) {
		Menu menu = new Menu(viewer.getTable());
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			MenuItem sort = new MenuItem(menu, SWT.CASCADE);
			sort.setText("&Sort by");
			Menu sortMenu = new Menu(sort);
			sort.setMenu(sortMenu);
			for (int i = 0; i < titles.size(); i++) {
				int index = i;
				MenuItem by = new MenuItem(sortMenu, SWT.RADIO);
				by.setText(titles.get(i) + (i < 9 ? "\tCtrl+" + (i + 1) : ""));
				by.setSelection(i == sortColumn.getAsInt());
				by.addListener(SWT.Selection, e2 -> {
					if (by.getSelection()) {
						sortBy.accept(index);
					}
				});
			}
			for (ChannelState state : states.get()) {
				boolean done = state.stage() == ChannelState.Stage.DELIVERED;
				item(menu, "&Retry " + state.label() + " delivery", !done,
						() -> distribution.retry(state.reportId(), state.channel()));
				item(menu, "&Cancel " + state.label() + " delivery",
						!done && state.stage() != ChannelState.Stage.CANCELLED,
						() -> distribution.cancel(state.reportId(), state.channel()));
			}
		});
		viewer.getTable().setMenu(menu);
	}

	private void item(Menu menu, String text, boolean enabled, DeliveryAction action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.setEnabled(enabled);
		item.addListener(SWT.Selection, e -> {
			try {
				action.run();
				reload.run();
			} catch (DistributionException ex) {
				Object row = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
				MessageDialog.openError(viewer.getTable().getShell(), "Delivery",
						row instanceof ReportSummary s ? PatientLine.about(s, ex.getMessage()) : ex.getMessage());
			}
		});
	}
}
