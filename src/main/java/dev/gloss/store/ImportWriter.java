package dev.gloss.store;

import dev.gloss.deck.Card;
import dev.gloss.deck.Deck;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Writes what an import read: every file of one {@code gloss import} in one transaction, all of it or none.
 * Deck files go through {@link DeckSaver}; other cards are merged by uid (text updated in place, progress
 * kept, nothing removed), review history is added once (a review is the same when card, time and rating
 * are), and each card with new history gets its FSRS state rebuilt by replaying it.
 *
 * <p>A dry run does all the same work in a transaction that is rolled back, so its counts are exact.
 */
public final class ImportWriter {
    static final String REVIEW_MODE = "import";
    private static final String INSERT_CARD = "INSERT INTO card (uid, deck_id, entry, kind, front, back, choices,"
            + " tags, position, state, stability, difficulty, due, last_review, scheduled_days, step, reps, lapses,"
            + " suspended, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_NEW_CARD = "INSERT INTO card (uid, deck_id, entry, kind, front, back, choices,"
            + " tags, position, due, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_TEXT = "UPDATE card SET deck_id = ?, entry = ?, kind = ?, front = ?, back = ?,"
            + " choices = ?, tags = ?, changed = changed OR ?, modified_at = ? WHERE id = ?";
    private static final String UPDATE_SCHEDULE = "UPDATE card SET state = ?, stability = ?, difficulty = ?, due = ?,"
            + " last_review = ?, scheduled_days = ?, step = ?, reps = ?, lapses = ?, modified_at = ? WHERE id = ?";
    private static final String INSERT_REVIEW = "INSERT INTO review_log (card_id, reviewed_at, rating, state,"
            + " elapsed_days, scheduled_days, duration_ms, stability, difficulty, retrievability, mode)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int IN_CHUNK = 500;
    private static final int IMPORT_CACHE_KIB = 64 * 1024;

    private final Database db;
    private final ZoneId zone;

    /** @param zone the user's time zone: study days (and so FSRS's elapsed days) are counted in it */
    public ImportWriter(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    /**
     * @param progress told of each card and each card's history as they are written
     */
    public List<ImportOutcome> write(List<ImportBatch> batches, Instant now, boolean dryRun, IntConsumer progress) {
        Database.SqlWork<List<ImportOutcome>> work = c -> {
            try (Statement st = c.createStatement()) {
                // a large import touches the card indexes all over; a bigger page cache keeps them in memory
                st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            }
            Run run = new Run(c, now, progress);
            List<ImportOutcome> out = new ArrayList<>();
            for (ImportBatch b : batches) {
                out.add(run.batch(b));
            }
            return out;
        };
        return dryRun ? rolledBack(work) : db.inTransaction(work);
    }

    private <T> T rolledBack(Database.SqlWork<T> work) {
        return db.query(c -> {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    /** A card row as matching needs it. */
    private record Existing(long id, long deckId, String uid, String kind, String entry, String front, String back,
                            String choices, String tags) {
        boolean sameText(Card card) {
            return kind.equals(card.kind().jsonName()) && entry.equals(card.entry()) && front.equals(card.front())
                    && back.equals(card.back()) && choices.equals(CardRows.joinChoices(card.choices()))
                    && tags.equals(CardRows.joinTags(card.tags()));
        }
    }

    /** One write: the state shared by all files of the import. */
    private final class Run {
        private final Connection c;
        private final Instant now;
        private final IntConsumer progress;
        private final DeckIndex decks;
        private final ConfigStore config;
        private final StudyCalendar calendar;
        private final Map<String, Fsrs> schedulers = new HashMap<>();
        private final Map<Long, Map<String, Existing>> byDeck = new HashMap<>();
        private final Map<Long, Integer> nextPosition = new HashMap<>();
        private Map<Long, Long> byNumber;

        Run(Connection c, Instant now, IntConsumer progress) throws SQLException {
            this.c = c;
            this.now = now;
            this.progress = progress;
            this.decks = new DeckIndex(c, now.toEpochMilli());
            this.config = new ConfigStore(db);
            this.calendar = config.settingsFor(null).calendar(zone);
        }

        ImportOutcome batch(ImportBatch b) throws SQLException {
            List<ImportReport> reports = new ArrayList<>();
            DeckSaver saver = new DeckSaver(db);
            for (Deck d : b.decks()) {
                reports.add(saver.apply(c, d, now));
                byDeck.clear(); // the deck file may have changed any card of its deck
            }
            if (!b.decks().isEmpty()) {
                decks.reload();
                byNumber = null;
            }
            for (ImportedDeck d : b.mergedDecks()) {
                decks.ensure(d.name(), d.description());
            }
            Cards cards = writeCards(b.cards(), !b.reviews().isEmpty());
            History history = writeHistory(b.reviews(), cards.imported(), cards.insertedIds());
            List<Skipped> skipped = new ArrayList<>(b.skipped());
            if (history.unknownCards() > 0) {
                skipped.add(new Skipped(history.unknownCards(), "reviews of cards not in the file or the collection"));
            }
            return new ImportOutcome(b.source(), reports, cards.deckCount(), b.notes(), cards.added(), cards.updated(),
                    cards.unchanged(), history.added(), history.known(), b.media().size(), skipped);
        }

        private record Cards(int added, int updated, int unchanged, int deckCount, Map<Long, ImportedCard> imported,
                             Set<Long> insertedIds) {
        }

        private record History(int added, int known, int unknownCards) {
        }

        private record PendingReview(long cardId, HistoryReplay.Step step) {
        }

        private Cards writeCards(List<ImportedCard> cards, boolean idsNeeded) throws SQLException {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            Set<Long> deckIds = new HashSet<>();
            Map<Long, ImportedCard> imported = new HashMap<>();
            Map<String, ImportedCard> toInsert = new LinkedHashMap<>();
            Map<String, Long> insertDeck = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Map<String, List<Existing>> global = globalMatches(cards);
            Map<String, Long> deckIdByName = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement(INSERT_CARD);
                 PreparedStatement insertNew = c.prepareStatement(INSERT_NEW_CARD);
                 PreparedStatement update = c.prepareStatement(UPDATE_TEXT)) {
                for (ImportedCard ic : cards) {
                    Long known = deckIdByName.get(ic.deckName());
                    long deckId = known != null ? known : decks.ensure(ic.deckName(), "");
                    deckIdByName.put(ic.deckName(), deckId);
                    deckIds.add(deckId);
                    String key = ic.uidIsGlobal() ? "*" + ic.card().id() : deckId + "/" + ic.card().id();
                    if (!seen.add(key)) {
                        continue; // importers send each card once; a second copy changes nothing
                    }
                    Existing e = ic.uidIsGlobal() ? pick(global.get(ic.card().id()), deckId)
                            : inDeck(deckId).get(ic.card().id());
                    if (e == null && ic.schedule() == null && !ic.suspended()) {
                        bindInsertNew(insertNew, ic.card(), deckId);
                        insertNew.addBatch();
                        toInsert.put(deckId + "/" + ic.card().id(), ic);
                        insertDeck.put(deckId + "/" + ic.card().id(), deckId);
                        added++;
                    } else if (e == null) {
                        bindInsert(insert, ic, deckId);
                        insert.addBatch();
                        toInsert.put(deckId + "/" + ic.card().id(), ic);
                        insertDeck.put(deckId + "/" + ic.card().id(), deckId);
                        added++;
                    } else {
                        imported.put(e.id(), ic);
                        boolean textChanged = !e.sameText(ic.card());
                        if (textChanged || e.deckId() != deckId) {
                            bindUpdate(update, ic, deckId, textChanged, e.id());
                            update.addBatch();
                            updated++;
                        } else {
                            unchanged++;
                        }
                    }
                    progress.accept(1);
                }
                insert.executeBatch();
                insertNew.executeBatch();
                update.executeBatch();
            }
            Set<Long> decksWithInserts = new HashSet<>(insertDeck.values());
            if (updated > 0) {
                byDeck.clear(); // a card may have moved between decks
            } else {
                decksWithInserts.forEach(byDeck::remove); // read again when a later file needs them
            }
            if (added > 0) {
                byNumber = null;
            }
            Set<Long> insertedIds = new HashSet<>();
            if (idsNeeded) {
                Map<Long, Map<String, Long>> ids = new HashMap<>();
                for (long deckId : decksWithInserts) {
                    ids.put(deckId, idsIn(deckId));
                }
                for (Map.Entry<String, ImportedCard> e : toInsert.entrySet()) {
                    long id = ids.get(insertDeck.get(e.getKey())).get(e.getValue().card().id());
                    imported.put(id, e.getValue());
                    insertedIds.add(id);
                }
            }
            return new Cards(added, updated, unchanged, deckIds.size(), imported, insertedIds);
        }

        /** A card that starts new: the schedule columns keep their defaults. */
        private void bindInsertNew(PreparedStatement ps, Card card, long deckId) throws SQLException {
            long ms = now.toEpochMilli();
            ps.setString(1, card.id());
            ps.setLong(2, deckId);
            ps.setString(3, card.entry());
            ps.setString(4, card.kind().jsonName());
            ps.setString(5, card.front());
            ps.setString(6, card.back());
            ps.setString(7, CardRows.joinChoices(card.choices()));
            ps.setString(8, CardRows.joinTags(card.tags()));
            ps.setInt(9, nextPosition(deckId));
            ps.setLong(10, ms);
            ps.setLong(11, ms);
            ps.setLong(12, ms);
        }

        private void bindInsert(PreparedStatement ps, ImportedCard ic, long deckId) throws SQLException {
            Card card = ic.card();
            CardSchedule schedule = ic.schedule() == null ? CardSchedule.newCard(now)
                    : CarriedSchedule.of(ic.schedule(), null, unfuzzedScheduler(ic.deckName()), calendar, now);
            long ms = now.toEpochMilli();
            ps.setString(1, card.id());
            ps.setLong(2, deckId);
            ps.setString(3, card.entry());
            ps.setString(4, card.kind().jsonName());
            ps.setString(5, card.front());
            ps.setString(6, card.back());
            ps.setString(7, CardRows.joinChoices(card.choices()));
            ps.setString(8, CardRows.joinTags(card.tags()));
            ps.setInt(9, nextPosition(deckId));
            CardRows.bindSchedule(ps, 10, schedule);
            ps.setBoolean(19, ic.suspended());
            ps.setLong(20, ms);
            ps.setLong(21, ms);
        }

        private void bindUpdate(PreparedStatement ps, ImportedCard ic, long deckId, boolean textChanged, long id)
                throws SQLException {
            Card card = ic.card();
            ps.setLong(1, deckId);
            ps.setString(2, card.entry());
            ps.setString(3, card.kind().jsonName());
            ps.setString(4, card.front());
            ps.setString(5, card.back());
            ps.setString(6, CardRows.joinChoices(card.choices()));
            ps.setString(7, CardRows.joinTags(card.tags()));
            ps.setBoolean(8, textChanged);
            ps.setLong(9, now.toEpochMilli());
            ps.setLong(10, id);
        }

        private History writeHistory(List<ImportedReview> reviews, Map<Long, ImportedCard> imported,
                                     Set<Long> insertedIds) throws SQLException {
            if (reviews.isEmpty()) {
                return new History(0, 0, 0);
            }
            Map<Long, List<Integer>> byCard = new LinkedHashMap<>();
            int unknown = 0;
            for (int i = 0; i < reviews.size(); i++) {
                Long id = resolve(reviews.get(i).card());
                if (id == null) {
                    unknown++;
                } else {
                    byCard.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                }
            }
            List<PendingReview> pending = new ArrayList<>();
            int added = 0;
            int known = 0;
            try (PreparedStatement insert = c.prepareStatement(INSERT_REVIEW);
                 PreparedStatement schedule = c.prepareStatement(UPDATE_SCHEDULE);
                 PreparedStatement history = c.prepareStatement("SELECT reviewed_at, rating, duration_ms, state"
                         + " FROM review_log WHERE card_id = ? ORDER BY reviewed_at, id");
                 PreparedStatement deckName = c.prepareStatement("SELECT d.name FROM card c"
                         + " JOIN deck d ON d.id = c.deck_id WHERE c.id = ?")) {
                for (Map.Entry<Long, List<Integer>> e : byCard.entrySet()) {
                    long cardId = e.getKey();
                    boolean fresh = insertedIds.contains(cardId);
                    List<HistoryReplay.Answer> stored = fresh ? List.of() : storedHistory(history, cardId);
                    // a review is known when the card has one at that time with that rating; counted, because a
                    // fixed clock (GLOSS_NOW) can give two real answers the same instant
                    Map<String, Integer> have = new HashMap<>();
                    stored.forEach(a -> have.merge(a.at().toEpochMilli() + "/" + a.rating().value(), 1, Integer::sum));
                    List<HistoryReplay.Answer> merged = new ArrayList<>(stored);
                    for (int index : e.getValue()) {
                        ImportedReview r = reviews.get(index);
                        String key = r.at().toEpochMilli() + "/" + r.rating().value();
                        if (have.getOrDefault(key, 0) == 0) {
                            merged.add(new HistoryReplay.Answer(r.at(), r.rating(), r.durationMs(), r.stateBefore(),
                                    r.lastIntervalDays(), r.easePermille(), r.intervalDays(), true, index));
                        } else {
                            have.merge(key, -1, Integer::sum);
                            known++;
                        }
                    }
                    progress.accept(e.getValue().size());
                    if (merged.size() == stored.size()) {
                        continue;
                    }
                    merged.sort(Comparator.comparing(HistoryReplay.Answer::at)
                            .thenComparing(a -> a.incoming() ? 1 : 0));
                    ImportedCard fromFile = imported.get(cardId);
                    String deck = fromFile != null ? fromFile.deckName() : deckOf(deckName, cardId);
                    // a card that brings its own schedule keeps its due date, so the fuzz (which moves only
                    // due dates, and costs) can stay off; a bare history (a review log) decides the due date
                    boolean carried = fromFile != null && fromFile.schedule() != null;
                    Fsrs fsrs = carried ? unfuzzedScheduler(deck) : scheduler(deck);
                    List<HistoryReplay.Step> steps = new HistoryReplay(fsrs, calendar).replay(merged);
                    for (HistoryReplay.Step s : steps) {
                        if (s.answer().incoming()) {
                            pending.add(new PendingReview(cardId, s));
                            added++;
                        }
                    }
                    HistoryReplay.Step last = steps.get(steps.size() - 1);
                    if (fresh || last.answer().incoming()) {
                        ImportedCard ic = imported.get(cardId);
                        CardSchedule after = ic != null && ic.schedule() != null
                                ? CarriedSchedule.of(ic.schedule(), last.after(), fsrs, calendar, now) : last.after();
                        CardRows.bindSchedule(schedule, 1, after);
                        schedule.setLong(10, now.toEpochMilli());
                        schedule.setLong(11, cardId);
                        schedule.addBatch();
                    }
                }
                // in time order, and in file order within one instant, so the log reads as it was written
                pending.sort(Comparator.comparing((PendingReview p) -> p.step().answer().at())
                        .thenComparingInt(p -> p.step().answer().order()));
                for (PendingReview p : pending) {
                    bindReview(insert, p.cardId(), p.step());
                    insert.addBatch();
                }
                insert.executeBatch();
                schedule.executeBatch();
            }
            return new History(added, known, unknown);
        }

        private void bindReview(PreparedStatement ps, long cardId, HistoryReplay.Step s) throws SQLException {
            ps.setLong(1, cardId);
            ps.setLong(2, s.answer().at().toEpochMilli());
            ps.setInt(3, s.answer().rating().value());
            ps.setInt(4, s.before().state().code());
            ps.setLong(5, s.elapsedDays());
            ps.setInt(6, HistoryReplay.scheduledDays(s));
            ps.setLong(7, s.answer().durationMs());
            ps.setDouble(8, s.after().stability());
            ps.setDouble(9, s.after().difficulty());
            if (s.retrievability() == null) {
                ps.setNull(10, Types.REAL);
            } else {
                ps.setDouble(10, s.retrievability());
            }
            ps.setString(11, REVIEW_MODE);
        }

        private List<HistoryReplay.Answer> storedHistory(PreparedStatement ps, long cardId) throws SQLException {
            List<HistoryReplay.Answer> out = new ArrayList<>();
            ps.setLong(1, cardId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryReplay.Answer(Instant.ofEpochMilli(rs.getLong(1)), Rating.of(rs.getInt(2)),
                            rs.getLong(3), State.of(rs.getInt(4)), 0, 0, null, false, -1));
                }
            }
            return out;
        }

        private Long resolve(CardRef ref) throws SQLException {
            if (ref instanceof CardRef.ByNumber n) {
                return numbers().get(n.number());
            }
            CardRef.ByUid u = (CardRef.ByUid) ref;
            Long deckId = decks.find(u.deck());
            Existing e = deckId == null ? null : inDeck(deckId).get(u.uid());
            if (e == null && u.global()) {
                e = pick(globalMatchesOf(List.of(u.uid())).get(u.uid()), deckId == null ? -1 : deckId);
            }
            return e == null ? null : e.id();
        }

        private Map<Long, Long> numbers() throws SQLException {
            if (byNumber == null) {
                byNumber = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.uid, d.name FROM card c"
                        + " JOIN deck d ON d.id = c.deck_id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byNumber.put(CardNumbers.of(rs.getString(3), rs.getString(2)), rs.getLong(1));
                    }
                }
            }
            return byNumber;
        }

        private String deckOf(PreparedStatement ps, long cardId) throws SQLException {
            ps.setLong(1, cardId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }

        private Fsrs scheduler(String deck) {
            return schedulers.computeIfAbsent(deck.toLowerCase(java.util.Locale.ROOT),
                    k -> new Fsrs(config.settingsFor(deck).schedulerConfig()));
        }

        private Fsrs unfuzzedScheduler(String deck) {
            return schedulers.computeIfAbsent("\u0000" + deck.toLowerCase(java.util.Locale.ROOT),
                    k -> new Fsrs(config.settingsFor(deck).schedulerConfig().withFuzz(false)));
        }

        private int nextPosition(long deckId) throws SQLException {
            Integer next = nextPosition.get(deckId);
            if (next == null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT coalesce(max(position), 0) FROM card WHERE deck_id = ?")) {
                    ps.setLong(1, deckId);
                    try (ResultSet rs = ps.executeQuery()) {
                        next = rs.next() ? rs.getInt(1) + 1 : 1;
                    }
                }
            }
            nextPosition.put(deckId, next + 1);
            return next;
        }

        /** Of the cards with one global uid, the one already in the wanted deck, else the first. */
        private Existing pick(List<Existing> candidates, long deckId) {
            if (candidates == null || candidates.isEmpty()) {
                return null;
            }
            return candidates.stream().filter(e -> e.deckId() == deckId).findFirst().orElse(candidates.get(0));
        }

        private Map<String, List<Existing>> globalMatches(List<ImportedCard> cards) throws SQLException {
            List<String> uids = cards.stream().filter(ImportedCard::uidIsGlobal).map(ic -> ic.card().id()).toList();
            return globalMatchesOf(uids);
        }

        private Map<String, List<Existing>> globalMatchesOf(List<String> uids) throws SQLException {
            Map<String, List<Existing>> out = new HashMap<>();
            for (int from = 0; from < uids.size(); from += IN_CHUNK) {
                List<String> chunk = uids.subList(from, Math.min(uids.size(), from + IN_CHUNK));
                try (PreparedStatement ps = c.prepareStatement(SELECT_EXISTING + " WHERE uid IN ("
                        + SqliteStudyStore.placeholders(chunk.size()) + ") ORDER BY id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    for (Existing e : read(ps)) {
                        out.computeIfAbsent(e.uid(), k -> new ArrayList<>()).add(e);
                    }
                }
            }
            return out;
        }

        private Map<String, Long> idsIn(long deckId) throws SQLException {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT uid, id FROM card WHERE deck_id = ?")) {
                ps.setLong(1, deckId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        }

        private Map<String, Existing> inDeck(long deckId) throws SQLException {
            Map<String, Existing> cards = byDeck.get(deckId);
            if (cards == null) {
                cards = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement(SELECT_EXISTING + " WHERE deck_id = ?")) {
                    ps.setLong(1, deckId);
                    for (Existing e : read(ps)) {
                        cards.put(e.uid(), e);
                    }
                }
                byDeck.put(deckId, cards);
            }
            return cards;
        }
    }

    private static final String SELECT_EXISTING =
            "SELECT id, deck_id, uid, kind, entry, front, back, choices, tags FROM card";

    private static List<Existing> read(PreparedStatement ps) throws SQLException {
        List<Existing> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        return out;
    }
}
