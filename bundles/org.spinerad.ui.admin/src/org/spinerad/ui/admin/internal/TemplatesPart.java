package org.spinerad.ui.admin.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.Columns;
import org.spinerad.ui.WidgetIds;

/** The installed templates with version and origin (shipped or department). */
public class TemplatesPart {

	public static final String ID = "org.spinerad.ui.admin.part.templates";

	@Inject
	TemplateRegistry registry;
	@Inject
	TemplateService service;
	@Inject
	ESelectionService selection;
	@Inject
	UISynchronize sync;

	private TableViewer viewer;
	private AutoCloseable registration;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Label folder = new Label(parent, SWT.WRAP);
		folder.setText("Department folder: " + service.departmentFolder());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), ID + ".table");
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		Columns.add(viewer, "Template", 180, TemplateProvider.class, TemplateProvider::label);
		Columns.add(viewer, "Version", 110, TemplateProvider.class, service::effectiveVersion);
		Columns.add(viewer, "Text", 90, TemplateProvider.class, t -> service.origin(t, OutputFormat.TEXT.templateName()));
		Columns.add(viewer, "HTML", 90, TemplateProvider.class, t -> service.origin(t, OutputFormat.HTML.templateName()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> selection.setSelection(((IStructuredSelection) e.getSelection()).getFirstElement()));
		refresh();
		registration = registry.onChange(list -> sync.asyncExec(this::refresh));
	}

	/** Reloads the list (after publish or revert, or a plugin coming or going). */
	public void refresh() {
		if (!viewer.getTable().isDisposed()) {
			viewer.setInput(registry.templates());
		}
	}

	@Focus
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@PreDestroy
	public void dispose() throws Exception {
		if (registration != null) {
			registration.close();
		}
	}
}
