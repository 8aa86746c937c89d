package org.spinerad.templates.tumor.internal;

import java.util.List;

import org.spinerad.model.Finding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.Report;
import org.spinerad.templates.FindingFacts;

/** Small read-only questions about findings that the tumor rules share. */
final class Findings extends FindingFacts {

	private Findings() {
	}

	/** @return the findings of one class judged neoplastic by the radiologist (SINS and Bilsky apply to these only) */
	static <T extends Finding> List<T> neoplastic(Report report, Class<T> type) {
		return of(report, type).stream().filter(f -> f.getNature() == LesionNature.NEOPLASTIC).toList();
	}
}
