package org.spinerad.model.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
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
		super(adapterFactory(), new BasicCommandStack());
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
		return super.createCommand(commandClass, parameter);
	}

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
