package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.Finding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.ui.WidgetIds;

/** Moves the focus through the form: region to region, to a level, to the field of a problem. */
public final class FormFocus {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private final Composite body;
	private final Report report;
	private final Binder binder;
	private final List<Group> regionGroups = new ArrayList<>();
	private final List<RegionKind> regionKinds = new ArrayList<>();
	/** Shows the fields of a finding that shows one line. */
	private final java.util.function.Predicate<Finding> expand;

	FormFocus(Composite body, Report report, Binder binder, java.util.function.Predicate<Finding> expand) {
		this.body = body;
		this.report = report;
		this.binder = binder;
		this.expand = expand;
	}

	/** @return the control bound to a feature, after showing the fields of the finding that holds the object */
	private Control control(EObject object, EStructuralFeature feature) {
		Control control = binder.control(object, feature);
		if (control == null) {
			for (EObject o = object; o != null; o = o.eContainer()) {
				if (o instanceof Finding finding) {
					expand.test(finding);
					control = binder.control(object, feature);
					break;
				}
			}
		}
		return control;
	}

	/** Records the section of a region, in form order. */
	void region(Group group, RegionKind kind) {
		regionGroups.add(group);
		regionKinds.add(kind);
	}

	/** @return the control with a widget id below a composite */
	public static Optional<Control> find(Composite root, String id) {
		if (id.equals(root.getData(WidgetIds.KEY))) {
			return Optional.of(root);
		}
		for (Control child : root.getChildren()) {
			if (id.equals(child.getData(WidgetIds.KEY))) {
				return Optional.of(child);
			}
			if (child instanceof Composite c) {
				var found = find(c, id);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** @return the region whose section holds the focus control */
	public Optional<RegionKind> focusedRegion() {
		Control focus = body.getDisplay().getFocusControl();
		for (Control c = focus; c != null; c = c.getParent()) {
			int index = regionGroups.indexOf(c);
			if (index >= 0) {
				return Optional.of(regionKinds.get(index));
			}
		}
		return Optional.empty();
	}

	/** Moves the focus to the first field of the next (+1) or previous (-1) region. */
	public void focusRegion(int delta) {
		if (regionGroups.isEmpty()) {
			return;
		}
		int current = focusedRegion().map(regionKinds::indexOf).orElse(delta > 0 ? -1 : regionGroups.size());
		int next = Math.floorMod(current + delta, regionGroups.size());
		Group group = regionGroups.get(next);
		focusFirstIn(group);
		reveal(group);
	}

	/**
	 * Focuses the first field of the form where the user types (a text or pick
	 * list, the study header's if the form has one); returns whether there was one.
	 */
	public boolean focusFirst() {
		Control first = firstInput(body);
		if (first != null && first.setFocus()) {
			reveal(first);
			return true;
		}
		return !regionGroups.isEmpty() && focusFirstIn(regionGroups.get(0));
	}

	private static Control firstInput(Composite composite) {
		for (Control child : composite.getChildren()) {
			if ((child instanceof Text t && t.getEditable() || child instanceof Combo) && child.isEnabled()
					&& child.isVisible()) {
				return child;
			}
			if (child instanceof Composite c && !(child instanceof Combo) && child.isVisible()) {
				Control found = firstInput(c);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** @return the finding whose fields hold the focus */
	public Optional<Finding> focusedFinding() {
		return Optional.ofNullable(FindingForm.of(body.getDisplay().getFocusControl()));
	}

	private static boolean focusFirstIn(Composite composite) {
		for (Control child : composite.getChildren()) {
			if ((child instanceof Text || child instanceof Combo || child instanceof Button) && child.isEnabled()
					&& child.setFocus()) {
				return true;
			}
			if (child instanceof Composite c && !(child instanceof Combo) && focusFirstIn(c)) {
				return true;
			}
		}
		return false;
	}

	private void reveal(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.getParent() instanceof ScrolledComposite sc) {
				sc.showControl(control);
				return;
			}
		}
	}

	/** Scrolls to and focuses the first finding at a level. */
	public void reveal(SpineLevel level, ScrolledComposite scroller) {
		for (Finding f : Reports.findings(report)) {
			if (f.getFrom() != null && level.position() >= f.getFrom().position()
					&& level.position() <= Reports.lastLevel(f).position()) {
				Control control = control(f, P.getLocated_From());
				if (control != null) {
					scroller.showControl(control.getParent());
					control.setFocus();
					return;
				}
			}
		}
	}

	/** Focuses the control of a feature; returns whether it exists. */
	public boolean reveal(EObject object, EStructuralFeature feature, ScrolledComposite scroller) {
		Control control = control(object, feature);
		if (control == null && object instanceof Finding f) {
			control = control(f, P.getLocated_From());
		}
		if (control == null) {
			return false;
		}
		scroller.showControl(control);
		return control.setFocus();
	}
}
