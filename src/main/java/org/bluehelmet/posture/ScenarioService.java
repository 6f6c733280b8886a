package org.bluehelmet.posture;

import java.time.Clock;
import java.util.List;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Saving, listing and deleting posture scenarios; every change audited. */
@Service
@Transactional(readOnly = true)
class ScenarioService {

	/**
	 * What names the posture as deployed on the latest map, where a scenario is asked
	 * for.
	 */
	static final String AS_DEPLOYED = "as-deployed";

	private final ScenarioStore store;

	private final PostureService posture;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate writing;

	ScenarioService(ScenarioStore store, PostureService posture, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.writing = new TransactionTemplate(transactions);
		this.posture = posture;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The posture a caller names: {@link #AS_DEPLOYED} (or nothing) for the posture as
	 * deployed, else a saved scenario's id; anything else is refused, naming the
	 * parameter. Outside a transaction: evaluating the posture as deployed runs the
	 * planner, which should hold no database connection.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ScenarioResult named(String missionId, String scenario) {
		if (scenario == null || scenario.isBlank() || scenario.equals(AS_DEPLOYED)) {
			return posture.asDeployed(missionId, "history");
		}
		try {
			return get(missionId, Long.parseLong(scenario.trim())).result();
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("scenario", Phrase.of("problem.alerts.scenario", "scenario", scenario));
		}
	}

	/**
	 * Evaluates the scenario and saves it under its name. The planner runs (up to 1.5 s)
	 * before the transaction, so no database connection waits on it; a name taken
	 * meanwhile is refused by the table's key.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SavedScenario save(String missionId, ScenarioRequest request, String user) {
		if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
			throw new InvalidInputException("name", Phrase.of("problem.scenario.name"));
		}
		if (store.nameTaken(missionId, request.name())) {
			throw new InvalidInputException("name", Phrase.of("problem.scenario.taken", "name", request.name()));
		}
		ScenarioResult result = posture.evaluate(missionId, request);
		long id = writing.execute(status -> {
			long stored = store.insert(missionId, result, clock.instant(), user);
			audit.record(user, missionId, "scenario.create", "posture_scenario", stored, null, result.request());
			return stored;
		});
		return get(missionId, id);
	}

	public List<SavedScenario> all(String missionId) {
		return store.all(missionId);
	}

	public SavedScenario get(String missionId, long id) {
		return store.find(missionId, id).orElseThrow(() -> new NotFoundException("scenario", id));
	}

	@Transactional
	public void delete(String missionId, long id, String user) {
		SavedScenario before = get(missionId, id);
		store.delete(missionId, id);
		audit.record(user, missionId, "scenario.delete", "posture_scenario", id, before.result().request(), null);
	}

}
