package org.spinerad.templates.internal;

import java.util.List;
import java.util.Map;

import org.spinerad.templates.BundledTemplateProvider;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.Reason;
import org.spinerad.templates.StandardForms;

/** A template of the tests: the shared layouts, and a decision support that counts findings. */
public final class FixtureTemplate extends BundledTemplateProvider {

	@Override
	public String id() {
		return "org.spinerad.templates.fixture";
	}

	@Override
	public String version() {
		return "1.0.0";
	}

	@Override
	public String label() {
		return "Test template";
	}

	@Override
	public String scenario() {
		return "test";
	}

	@Override
	public FormDefinition form() {
		return StandardForms.of(Map.of(), Map.of(), Map.of(), Map.of());
	}

	@Override
	public DecisionSupport decisionSupport() {
		return report -> List.of(new Conclusion("fixture.count", "Findings", String.valueOf(
				org.spinerad.model.query.Reports.findings(report).size()), ConclusionLevel.SUGGESTION,
				List.of(new Reason(null, "counted")), List.of()));
	}
}
