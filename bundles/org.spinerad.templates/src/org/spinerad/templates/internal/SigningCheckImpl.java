package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.SigningCheck;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

/** The validator with sign-off rules, then the communication rules of the report's decision support. */
@Component(service = SigningCheck.class)
public final class SigningCheckImpl implements SigningCheck {

	@Reference
	TemplateRegistry registry;
	@Reference
	TemplateService service;

	/** For Declarative Services. */
	public SigningCheckImpl() {
	}

	/** With explicit services (tools and tests). */
	public SigningCheckImpl(TemplateRegistry registry, TemplateService service) {
		this.registry = registry;
		this.service = service;
	}

	@Override
	public List<Problem> check(Report report) {
		List<Problem> problems = new ArrayList<>(Validation.validate(report, Phase.SIGNING));
		String id = report.getTemplateId();
		Optional<TemplateProvider> template = id == null ? Optional.empty() : registry.find(id);
		if (id != null && template.isEmpty()) {
			problems.add(new Problem(Diagnostic.ERROR, TEMPLATE_MISSING, report,
					ReportPackage.Literals.REPORT__TEMPLATE_ID, "The report's template '" + id
							+ "' is not installed, so its critical results cannot be checked; install the template plugin"));
			return problems;
		}
		template.ifPresent(t -> problems.addAll(CriticalResults.check(report, service.decide(report, t))));
		return problems;
	}

	@Override
	public List<Conclusion> communicationNeeded(Report report) {
		String id = report.getTemplateId();
		Optional<TemplateProvider> template = id == null ? Optional.empty() : registry.find(id);
		return template.map(t -> service.decide(report, t)).orElse(List.of()).stream()
				.filter(c -> c.acrCategory() != AcrCategory.NONE
						&& CriticalResults.override(c, report.getOverrides()) == null)
				.sorted(Comparator.comparingInt((Conclusion c) -> c.acrCategory().mostUrgent())
						.thenComparingInt(c -> c.acrCategory().leastUrgent()))
				.toList();
	}
}
