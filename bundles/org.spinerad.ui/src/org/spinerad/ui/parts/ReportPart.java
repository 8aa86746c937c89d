package org.spinerad.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Finding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.editor.CopyQuestion;
import org.spinerad.ui.internal.editor.DecisionsSection;
import org.spinerad.ui.internal.PatientLine;
import org.spinerad.ui.internal.editor.EditorStatusLine;
import org.spinerad.ui.internal.editor.EditorSupport;
import org.spinerad.ui.internal.editor.FocusKeeper;
import org.spinerad.ui.internal.editor.SpineNavigator;
import org.spinerad.ui.internal.editor.StudyHeader;
import org.spinerad.ui.session.ReportSession;
import org.spinerad.ui.session.ReportSession.Change;

/**
 * The structured report editor: a context header, the spine navigator, one section per region with the fields and
 * pick lists of the report's template, decision support with overrides, and the impression. Keyboard first: Tab moves
 * through every field; Ctrl+Up/Down moves between regions, Ctrl+Shift+N fills a normal region, Ctrl+Shift+A adds a
 * finding, Ctrl+L goes to a level.
 */
public class ReportPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.report";

	@Inject
	ReportSession session;
	@Inject
	org.spinerad.ui.UserIdentity user;
	@Inject
	TemplateService templates;
	@Inject
	MDirtyable dirtyable;
	@Inject
	UISynchronize sync;

	private Composite root;
	private StudyHeader header;
	private EditorStatusLine status;
	private SpineNavigator navigator;
	private Text levelInput;
	private ScrolledComposite scroller;
	private Composite body;
	private EditorSupport form;
	private EContentAdapter structureListener;
	private Runnable unlisten;
	private boolean rebuildPending;
	private boolean impressionPending;
	private FocusKeeper keeper;

	@PostConstruct
	public void createControls(Composite parent) {
		root = parent;
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		header = new StudyHeader(parent, ID + ".header");
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(left);
		levelInput = WidgetIds.tag(new Text(left, SWT.BORDER | SWT.SEARCH), ID + ".level");
		levelInput.setMessage("Level");
		levelInput.setToolTipText("Type a level, e.g. L4-L5, and press Enter (Ctrl+L)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(levelInput);
		levelInput.addListener(SWT.DefaultSelection, e -> goToLevel(levelInput.getText()));
		navigator = WidgetIds.tag(new SpineNavigator(left), ID + ".navigator");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(navigator);
		navigator.onSelect(this::revealLevel);
		// no horizontal scrolling: the form fits its fields to the column's width
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.getVerticalBar().setIncrement(12);
		scroller.addListener(SWT.Resize, e -> fit());
		keeper = new FocusKeeper(parent, scroller);
		sash.setWeights(12, 88);
		status = new EditorStatusLine(parent, ID + ".status", session);
		unlisten = session.listen(this::sessionChanged);
		rebuild();
	}

	private void sessionChanged(Change change) {
		switch (change) {
		case OPENED -> {
			keeper.forget();
			rebuild();
			// a caret left inside by the report before goes where the new one starts
			if (session.report().isPresent() && keeper.hasFocus()) {
				focusFirst();
			}
		}
		case EDITED, SAVED -> {
			header.refresh();
			dirtyable.setDirty(session.isDirty());
			navigator.redraw();
			status.update();
		}
		}
	}

	private void rebuild() {
		if (root.isDisposed()) {
			return;
		}
		Point scroll = scroller.getOrigin();
		// redraw off while the form is built; one full layout (the part's), the height from the sizes it cached
		scroller.setRedraw(false);
		try {
			if (form != null) {
				form.dispose();
				form = null;
			}
			if (body != null) {
				body.dispose();
			}
			session.report().ifPresent(r -> r.eAdapters().remove(structureListener));
			body = new Composite(scroller, SWT.NONE);
			GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
			scroller.setContent(body);
			Report report = session.report().orElse(null);
			navigator.setReport(report);
			dirtyable.setDirty(session.isDirty());
			if (report == null) {
				header.show(null, null, null, false);
				WidgetIds.tag(new Label(body, SWT.WRAP), ID + ".empty").setText("");
			} else {
				header.show(report, session.domain().orElseThrow(), session.template().map(t -> t.label() + " "
						+ templates.effectiveVersion(t)).orElse("no template"), session.isEditable());
				DecisionsSection.build(body, report, session, templates, user);
				FormDefinition definition = session.template().map(t -> t.form())
						.orElseGet(() -> StandardForms.of(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of()));
				form = new EditorSupport(body, report, session.domain().orElseThrow(), definition, session.isEditable(),
						new EditorSupport.Host() {
							@Override
							public void focusLater(EObject object, EStructuralFeature feature) {
								focusAfterRebuild(object, feature);
							}

							@Override
							public void relayout() {
								fit();
								body.layout(true, true);
							}
						}, keeper.expanded());
				form.build();
				structureListener = new EContentAdapter() {
					@Override
					public void notifyChanged(Notification n) {
						super.notifyChanged(n);
						// an enhancement added by its first edit changes no control: no rebuild
						if (n.getFeature() == org.spinerad.model.ReportPackage.Literals.REPORT__IMPRESSION && !n.isTouch()) {
							scheduleImpression();
						} else if (n.getFeature() instanceof EReference ref && ref.isContainment() && !n.isTouch()
								&& ref != org.spinerad.model.ReportPackage.Literals.FINDING__ENHANCEMENT
								&& ref != org.spinerad.model.ReportPackage.Literals.FINDING__DELAYED_ENHANCEMENT) {
							scheduleRebuild();
						}
						// signed: every control becomes read-only at once
						if (n.getFeature() == org.spinerad.model.ReportPackage.Literals.REPORT__STATUS && !n.isTouch()) {
							if (form != null) {
								form.binder().setReadOnly(!session.isEditable());
							}
							scheduleRebuild();
						}
					}
				};
				report.eAdapters().add(structureListener);
			}
			int width = scroller.getClientArea().width;
			if (form != null) {
				form.fit(width);
			}
			root.layout(true, true);
			scroller.setMinSize(0, body.computeSize(width, SWT.DEFAULT, false).y);
		} finally {
			scroller.setRedraw(true);
		}
		scroller.setOrigin(scroll);
		status.update();
	}

	/** Fits the form to the width of the column; only its height scrolls. */
	private void fit() {
		if (body == null || body.isDisposed()) {
			return;
		}
		int width = scroller.getClientArea().width;
		if (form != null && form.fit(width)) {
			body.layout(true, true);
		}
		scroller.setMinSize(0, body.computeSize(width, SWT.DEFAULT).y);
	}

	/** Items of the impression came or went: only that section is shown again. */
	private void scheduleImpression() {
		if (impressionPending) {
			return;
		}
		impressionPending = true;
		sync.asyncExec(() -> {
			impressionPending = false;
			if (root.isDisposed() || rebuildPending || form == null) {
				return;
			}
			boolean restore = keeper.shouldRestore();
			form.rebuildImpression();
			fit();
			body.layout(true, true);
			keeper.afterRebuild(restore);
		});
	}

	private void scheduleRebuild() {
		if (rebuildPending) {
			return;
		}
		rebuildPending = true;
		sync.asyncExec(() -> {
			rebuildPending = false;
			if (root.isDisposed()) {
				return;
			}
			boolean restore = keeper.shouldRestore();
			rebuild();
			keeper.afterRebuild(restore);
		});
	}

	/** Moves the focus to the next (+1) or previous (-1) region. */
	public void focusRegion(int delta) {
		if (form != null) {
			form.focus().focusRegion(delta);
		}
	}

	/** Fills the region that has the focus with its normal statement. */
	public void fillNormal() {
		if (form != null) {
			form.focus().focusedRegion().ifPresent(kind -> {
				form.edits().fillNormal(kind);
				session.report().flatMap(r -> Reports.region(r, kind))
						.ifPresent(region -> focusAfterRebuild(region, ReportPackage.Literals.REGION__STATEMENT));
			});
		}
	}

	/** Adds a finding to the region that has the focus, at the selected level. */
	public void addFinding() {
		if (form == null) {
			return;
		}
		RegionKind kind = form.focus().focusedRegion().orElse(RegionKind.BONE_MARROW);
		session.report().flatMap(r -> Reports.region(r, kind)).ifPresent(region -> {
			Finding finding = form.edits().addFinding(region, navigator.selection());
			focusAfterRebuild(finding, ReportPackage.Literals.LOCATED__FROM);
		});
	}

	/** Copies the finding that has the focus to a level the user types (undoable); the caret goes to the copy. */
	public void copyFinding() {
		Finding finding = form == null ? null : form.focus().focusedFinding().orElse(null);
		Report report = session.report().orElse(null);
		if (finding == null || report == null || !session.isEditable()) {
			status.show("Copy to another level: put the caret into a finding's fields first (Ctrl+Shift+C).");
			return;
		}
		Control before = Display.getCurrent().getFocusControl();
		var level = CopyQuestion.ask(root.getShell(), report, finding);
		if (level.isEmpty() || form == null) {
			if (before != null && !before.isDisposed()) {
				before.setFocus();
			}
			return;
		}
		Finding copy = form.edits().copyFinding(finding, level.get());
		focusAfterRebuild(copy, ReportPackage.Literals.LOCATED__FROM);
	}

	/**
	 * After a command changed the form's structure (its rebuild is pending): the caret goes to a feature's control once
	 * the rebuilt form shows it. A command that changed nothing (cancelled, refused) leaves the caret alone.
	 */
	private void focusAfterRebuild(EObject object, EStructuralFeature feature) {
		if (rebuildPending || impressionPending) {
			keeper.later(() -> form != null && form.focus().reveal(object, feature, scroller));
		}
	}

	/** Focuses the level field (the part's own activation keeps it there). */
	public void focusLevelInput() {
		levelInput.setFocus();
		levelInput.selectAll();
	}

	private void goToLevel(String text) {
		try {
			SpineLevel level = SpineLevel.valueOf(text);
			navigator.select(level, false);
			revealLevel(level);
			levelInput.setToolTipText(null);
		} catch (IllegalArgumentException e) {
			levelInput.setToolTipText(e.getMessage());
			MessageDialog.openInformation(root.getShell(), "Level", e.getMessage());
			if (!levelInput.isDisposed()) {
				levelInput.setFocus();
			}
		}
	}

	private void revealLevel(SpineLevel level) {
		if (form != null) {
			form.focus().reveal(level, scroller);
		}
	}

	/** Focuses the control bound to a feature of an object (from the problems list). */
	public boolean reveal(org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return header.reveal(object, feature) || form != null && form.focus().reveal(object, feature, scroller);
	}

	@Persist
	public void save() {
		try {
			session.save();
			dirtyable.setDirty(false);
		} catch (org.spinerad.store.StoreException e) {
			MessageDialog.openError(root.getShell(), "Save failed", PatientLine.about(session.report().orElse(null),
					e.getMessage() + "\n\nYour changes are kept in the open report and its autosaved draft."));
		}
	}

	/**
	 * The part became active: a caret already inside stays where it is (a click, Ctrl+L, the return from a dialog);
	 * otherwise it goes back to the field it was in, or to the first field.
	 */
	@Focus
	public void setFocus() {
		if (keeper.hasFocus() || keeper.restoreLast()) {
			return;
		}
		focusFirst();
	}

	/** Puts the caret into the first field of the report (its header, if it has one). */
	public void focusFirst() {
		if (header.focusFirstMissing()) {
			return;
		}
		if (form != null && form.focus().focusFirst()) {
			return;
		}
		navigator.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (unlisten != null) {
			unlisten.run();
		}
		if (form != null) {
			form.dispose();
		}
		header.dispose();
	}
}
