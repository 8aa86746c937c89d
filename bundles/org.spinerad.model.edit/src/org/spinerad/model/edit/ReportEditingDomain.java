package org.spinerad.model.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.provider.ReportItemProviderAdapterFactory;
import org.spinerad.model.query.Reports;

/**
 * The editing domain of one report: every change is a command on its command
 * stack, so undo and redo work for everything. A signed (final or amended)
 * report is immutable: commands that would change it are unexecutable, except
 * adding an addendum, which also marks the report amended.
 */
public class ReportEditingDomain extends AdapterFactoryEditingDomain {

	/** Creates a domain with the report item providers and a fresh command stack. */
	public ReportEditingDomain() {
		super(adapterFactory(), new FollowingCommandStack());
	}

	/**
	 * Sets what follows every change in the same undoable step (the drafted
	 * impression following the findings), or null for nothing. The function gets
	 * the change after it ran; a null command means nothing follows.
	 */
	public void setFollowUp(java.util.function.Function<Command, Command> followUp) {
		((FollowingCommandStack) getCommandStack()).setFollowUp(followUp);
	}

	/**
	 * @return the command as it was given to the command stack, without what followed
	 *         from it (see {@link #setFollowUp}); e.g. {@code getUndoCommand()} as executed
	 */
	public static Command original(Command command) {
		return FollowingCommandStack.original(command);
	}

	private static ComposedAdapterFactory adapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ReportItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
		EObject owner = parameter.getEOwner();
		Report report = reportOf(owner);
		if (report != null && Reports.isSigned(report) && !allowedAfterSigning(owner, parameter)) {
			return UnexecutableCommand.INSTANCE;
		}
		for (Object value : parameter.getCollection() == null ? java.util.List.of() : parameter.getCollection()) {
			if (value instanceof EObject child && reportOf(child) != null && Reports.isSigned(reportOf(child))
					&& !allowedAfterSigning(owner, parameter)) {
				return UnexecutableCommand.INSTANCE;
			}
		}
		Command command = super.createCommand(commandClass, parameter);
		if (commandClass == SetCommand.class && owner instanceof ImpressionItem item && item.getDraftKey() != null
				&& !item.isEdited() && EDITS.contains(parameter.getEStructuralFeature())
				&& !java.util.Objects.equals(item.eGet(parameter.getEStructuralFeature()), parameter.getValue())) {
			// the radiologist changes a drafted item: from now on it is kept as written
			CompoundCommand edit = new CompoundCommand(command.getLabel());
			edit.append(command);
			edit.append(new SetCommand(this, item, ReportPackage.Literals.IMPRESSION_ITEM__EDITED, Boolean.TRUE));
			return edit;
		}
		return command;
	}

	/** Changes of a drafted impression item that make it the radiologist's. */
	private static final java.util.Set<EStructuralFeature> EDITS = java.util.Set.of(
			ReportPackage.Literals.IMPRESSION_ITEM__TEXT, ReportPackage.Literals.IMPRESSION_ITEM__CATEGORY,
			ReportPackage.Literals.IMPRESSION_ITEM__CRITICAL, ReportPackage.Literals.IMPRESSION_ITEM__FINDINGS);

	/** After signing only an addendum may be added, which sets the report amended. */
	private static boolean allowedAfterSigning(EObject owner, CommandParameter parameter) {
		if (!(owner instanceof Report)) {
			return false;
		}
		EStructuralFeature feature = parameter.getEStructuralFeature();
		ReportPackage p = ReportPackage.eINSTANCE;
		if (feature == p.getReport_Addenda()) {
			return parameter.getCollection() != null && !parameter.getCollection().isEmpty()
					&& isAddOnly(parameter.getCollection());
		}
		if (feature == p.getReport_Status()) {
			return parameter.getValue() == ReportStatus.AMENDED;
		}
		return feature == p.getReport_ModifiedAt();
	}

	private static boolean isAddOnly(Collection<?> values) {
		return values.stream().allMatch(v -> v instanceof org.spinerad.model.Addendum a && a.eContainer() == null);
	}

	private static Report reportOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Report report) {
				return report;
			}
		}
		return null;
	}
}
