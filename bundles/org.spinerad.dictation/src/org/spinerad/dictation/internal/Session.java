package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.spinerad.dictation.DictationResult;
import org.spinerad.dictation.DictationSession;
import org.spinerad.dictation.Proposal;
import org.spinerad.model.Finding;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;

/** Dictation into one report through its editing domain; remembers the finding named last. */
public final class Session implements DictationSession {

	private final PhraseLanguage language;
	private final Report report;
	private final EditingDomain domain;
	private Finding last;
	private Continuations continuations;
	/** The words of the phrases applied, which completion proposes first. */
	private final List<List<String>> applied = new ArrayList<>();

	public Session(PhraseLanguage language, Report report, EditingDomain domain) {
		this.language = language;
		this.report = report;
		this.domain = domain;
	}

	@Override
	public DictationResult apply(String utterance) {
		return run(utterance, true);
	}

	@Override
	public DictationResult preview(String utterance) {
		return run(utterance, false);
	}

	private DictationResult run(String utterance, boolean execute) {
		Finding named = last != null && Reports.regionOf(last) != null ? last : null;
		Interpreter.Plan plan = new Interpreter(language, utterance)
				.interpret(named == null ? null : Reports.regionOf(named).getKind());
		PlanCommand.Built built = PlanCommand.build(plan, report, domain, language, named);
		List<String> unplaced = new ArrayList<>(plan.unplaced());
		unplaced.addAll(built.unplaced());
		if (built.command() == null || built.edits().isEmpty()) {
			return new DictationResult(utterance, List.of(), unplaced.isEmpty() ? List.of("not understood") : unplaced,
					false);
		}
		if (!execute) {
			return new DictationResult(utterance, built.edits(), unplaced, false);
		}
		if (!built.command().canExecute()) {
			unplaced.add("the report cannot be changed (it is signed): add an addendum instead");
			return new DictationResult(utterance, List.of(), unplaced, false);
		}
		domain.getCommandStack().execute(built.command());
		applied.add(Words.split(utterance));
		if (built.finding() != null) {
			last = built.finding();
		}
		return new DictationResult(utterance, built.edits(), unplaced, true);
	}

	@Override
	public List<String> complete(String typed) {
		return new Completion(language).complete(typed);
	}

	@Override
	public List<Proposal> proposals(String typed) {
		return continuations().proposals(typed, lastRegion());
	}

	@Override
	public String expand(String typed) {
		return continuations().expand(typed, lastRegion());
	}

	private org.spinerad.model.RegionKind lastRegion() {
		return last != null && Reports.regionOf(last) != null ? Reports.regionOf(last).getKind() : null;
	}

	private Continuations continuations() {
		if (continuations == null) {
			continuations = new Continuations(language, applied);
		}
		return continuations;
	}
}
