package dev.gloss.glossary;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What site noise looks like, as data: extend these lists when a new site's boilerplate slips
 * through. {@link NoiseFilter} applies them. All patterns are matched case-insensitively on text
 * that has already lost its icon names.
 */
final class NoiseRules {
    private NoiseRules() {
    }

    /**
     * A pattern with the lower-case words one of which must be in the text for it to match at all:
     * a cheap test that spares most lines the regular expression. No hints: always tried (fine
     * for patterns anchored at the start, which fail at once). Matchers are reused per thread,
     * since rules run on every line and sentence of every page.
     */
    static final class Rule {
        private final Pattern pattern;
        private final String[] hints;
        private final boolean anchored;
        private final ThreadLocal<Matcher> matcher;

        Rule(Pattern pattern, List<String> hints, boolean anchored) {
            this.pattern = pattern;
            this.hints = hints.toArray(new String[0]);
            this.anchored = anchored;
            this.matcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
        }

        /** @param lowerCase the text in lower case, for the hints (computed once for all rules of a list) */
        boolean matches(String text, String lowerCase) {
            if (!mayMatch(lowerCase)) {
                return false;
            }
            Matcher m = matcher.get().reset(text);
            return anchored ? m.lookingAt() : m.find();
        }

        private boolean mayMatch(String lowerCase) {
            if (hints.length == 0) {
                return true;
            }
            for (String hint : hints) {
                if (lowerCase.contains(hint)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return pattern.pattern();
        }
    }

    /** True when a hint of some hinted rule is in the (lower-case) text. */
    static boolean anyHint(List<Rule> rules, String lowerCase) {
        for (Rule rule : rules) {
            if (rule.hints.length > 0 && rule.mayMatch(lowerCase)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #anyMatches(List, String, java.util.function.UnaryOperator)} for the rules without hints only (the anchored ones). */
    static boolean anyUnhintedMatches(List<Rule> rules, String text, java.util.function.UnaryOperator<String> exempt) {
        for (Rule rule : rules) {
            if (rule.hints.length == 0 && rule.matches(text, "")) {
                String withoutExempt = exempt.apply(text);
                if (rule.matches(withoutExempt, "")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean anyMatches(List<Rule> rules, String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.matches(text, lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a rule matches the text and still matches once the exempt words are gone (the
     * entry's own term: a glossary of pay terms may say "salary"). The exemption is applied only
     * after a match, since removing a term costs more than most rules.
     */
    static boolean anyMatches(List<Rule> rules, String text, java.util.function.UnaryOperator<String> exempt) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String withoutExempt = null;
        for (Rule rule : rules) {
            if (rule.matches(text, lower)) {
                if (withoutExempt == null) {
                    withoutExempt = exempt.apply(text);
                }
                if (rule.matches(withoutExempt, withoutExempt.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Material icon ligature names with an underscore. Web-page text dumps glue them to the words
     * around them ("Homechevron_rightAI Glossary"), so they are removed wherever they appear.
     */
    static final Set<String> SNAKE_ICONS = WordSets.of(
            "chevron_right", "chevron_left", "arrow_forward", "arrow_back", "arrow_upward", "arrow_downward",
            "arrow_right", "arrow_left", "arrow_drop_down", "arrow_drop_up", "arrow_right_alt", "arrow_outward",
            "arrow_forward_ios", "arrow_back_ios", "arrow_back_ios_new", "arrow_circle_right", "arrow_circle_left",
            "north_east", "south_east", "double_arrow", "expand_more", "expand_less", "unfold_more",
            "keyboard_arrow_right", "keyboard_arrow_left", "keyboard_arrow_down", "keyboard_arrow_up",
            "keyboard_double_arrow_right", "navigate_next", "navigate_before", "first_page", "last_page",
            "trending_up", "trending_down", "trending_flat", "attach_money", "monetization_on", "smart_toy",
            "alternate_email", "open_in_new", "open_in_full", "check_circle", "check_circle_outline",
            "more_vert", "more_horiz", "account_circle", "person_outline", "calendar_today", "calendar_month",
            "location_on", "access_time", "bookmark_border", "favorite_border", "content_copy", "thumb_up",
            "thumb_down", "local_offer", "library_books", "menu_book", "auto_awesome", "lightbulb_outline",
            "help_outline", "info_outline", "error_outline", "bar_chart", "show_chart", "query_stats",
            "business_center", "work_outline", "star_rate", "star_border", "star_half", "play_arrow",
            "play_circle", "mail_outline", "local_fire_department", "rocket_launch", "emoji_objects",
            "tips_and_updates", "data_object", "model_training", "grid_view", "filter_list", "rss_feed",
            "vpn_key", "bug_report", "search_off", "manage_search", "travel_explore", "school_outline",
            "workspace_premium", "military_tech", "emoji_events", "support_agent", "contact_support",
            "question_answer", "live_help", "record_voice_over", "psychology_alt", "auto_stories",
            "format_quote", "link_off", "share_outline", "ios_share", "file_download", "cloud_download",
            "arrow_circle_up", "keyboard_return", "subdirectory_arrow_right", "east_outlined",
            "home_outlined", "work_history", "person_search", "price_check", "request_quote", "paid_outlined",
            "currency_exchange", "attach_file", "code_off", "developer_mode", "integration_instructions");

    /**
     * Single-word icon ligature names: noise when glued to a capitalised word ("workBrowse"),
     * when alone on a line, or run together ("workcode").
     */
    static final Set<String> WORD_ICONS = WordSets.of(
            "work", "home", "search", "menu", "close", "code", "info", "help", "person", "people", "mail",
            "email", "phone", "call", "school", "star", "bolt", "settings", "language", "public", "login",
            "logout", "share", "bookmark", "favorite", "dashboard", "article", "description", "category",
            "label", "link", "download", "upload", "check", "add", "remove", "edit", "delete", "visibility",
            "lock", "group", "groups", "business", "payments", "paid", "verified", "schedule", "event",
            "today", "place", "explore", "lightbulb", "psychology", "insights", "analytics", "build",
            "rocket", "campaign", "forum", "chat", "send", "notifications", "apps", "tune", "sort", "refresh",
            "sync", "update", "history", "storage", "cloud", "computer", "devices", "memory", "terminal",
            "hub", "api", "database", "token", "dataset", "science", "biotech", "calculate", "functions",
            "quiz", "translate", "newspaper", "feed", "launch", "celebration", "diamond", "handshake",
            "savings", "sell", "storefront", "engineering", "construction", "badge", "grade", "stars",
            "flag", "report", "warning", "error", "done", "east", "west", "north", "south", "map", "policy",
            "gavel", "security", "shield", "key", "wifi", "bookmarks", "favorite", "visibility", "tag",
            "expand", "apartment", "domain", "mic", "videocam", "image", "photo", "movie", "headphones",
            "podcasts", "sell", "redeem", "loyalty", "verified_user", "schema", "hive", "polyline");

    /** Separators that make a short line a breadcrumb trail ("Home › Glossary › Term"). */
    static final List<String> BREADCRUMB_ICONS = List.of(
            "chevron_right", "navigate_next", "keyboard_arrow_right", "arrow_right", "arrow_forward_ios");
    static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s*(?:›|»|→|>|/|\\\\|\\|)\\s*");

    /** Words of site navigation; a line made only of them (even glued: "JobsCompaniesPricing") is a menu. */
    static final Set<String> NAV_WORDS = WordSets.of(
            "home", "jobs", "job", "companies", "company", "alerts", "pricing", "sitemap", "privacy",
            "cookies", "cookie", "policy", "about", "contact", "blog", "login", "logout", "signup", "sign",
            "register", "careers", "career", "dashboard", "employers", "employer", "resources",
            "help", "support", "docs", "documentation", "products", "solutions", "enterprise", "customers",
            "partners", "press", "newsroom", "events", "community", "newsletter", "subscribe", "account",
            "profile", "settings", "legal", "dmca", "guidelines", "advertise", "accessibility", "status",
            "changelog", "salaries", "salary", "seekers", "post", "browse", "categories", "menu", "imprint",
            "affiliates", "investors", "team", "login/register", "sitemap.xml", "rss", "twitter", "linkedin",
            "facebook", "instagram", "youtube", "github", "discord", "tiktok", "x", "share", "tweet", "email",
            "whatsapp", "reddit", "pinterest", "telegram", "mastodon", "threads", "bluesky", "print", "courses",
            "tracks", "certifications", "tutorials", "podcasts", "webinars", "learn", "login", "pricing", "demo",
            "started", "get");
    /** Filler that may sit between navigation words ("About Us", "Terms of Service"). */
    static final Set<String> NAV_FILLER = WordSets.of(
            "us", "of", "service", "services", "and", "the", "a", "for", "our", "in", "out", "up", "my", "&", "log",
            "use", "conditions", "notice", "ai", "all", "remote", "entry", "level", "new", "terms", "faq", "faqs",
            "linked", "tube", "hub", "tik", "tok", "git", "you",
            "glossary");

    /** Whole lines that are never content, however long. */
    static final List<Rule> NOISE_LINES = rules(
            "^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)",
            rule("\\ball rights reserved\\b", "rights reserved"),
            "^data sources?\\s*:",
            "^(?:source|sources|disclaimer|methodology|note)\\s*:.{0,200}\\b(?:job|salar|postings|listings|data)",
            "^(?:last )?(?:updated|modified|published|reviewed|posted)(?: on)?\\s*:?\\s*(?:\\d|jan|feb|mar|apr|may|jun"
                    + "|jul|aug|sep|oct|nov|dec)[^.!?]{0,60}$",
            "^\\d+\\s*(?:min|mins|minute|minutes)\\s*read$",
            rule("^(?=(?:\\S+\\s+){0,11}\\S+$).*\\b\\d+\\s*(?:min|mins|minute|minutes)\\s*read\\b", "read"),
            "^(?:written by|author|posted by|reviewed by)\\s*:?\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+[\\p{L}.'-]+){0,3}$",
            "^(?:skip to (?:main )?content|skip navigation|toggle (?:navigation|menu)|open menu|close menu)$",
            "^(?:was this (?:page|article|answer) helpful|did you find this helpful|rate this)",
            "^(?:(?:not )?helpful\\s*)+$",
            "^(?:cookie|cookies)\\b.{0,200}\\b(?:accept|consent|experience)",
            "^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|manage (?:cookies|preferences))$",
            "^(?:advertisement|sponsored|ad)$",
            "^(?:table of contents|contents|on this page|in this article|jump to)$",
            "^(?:share|tweet|copy link|print|email)(?:\\s+(?:this|on|article|page|link))*$",
            "^(?:previous|prev|next)(?: (?:term|article|post|page))?\\s*(?::.{0,80})?$");

    /** Short lines starting like this are calls to action ("See Generative AI jobs", "Sign up"). */
    static final Pattern CALL_TO_ACTION = Pattern.compile(
            "^(?:subscribe|sign up|sign in|signup|log in|login|register (?:now|today|for|free|here)|get started|start (?:free|your|now|for free)"
                    + "|try (?:it |us |\\w+ )?(?:for )?free|book a demo|request a demo|schedule a demo|download (?:the|our|now|free)"
                    + "|join (?:our|now|the|us|today|free)|follow us|read more|learn more|continue reading|see (?:all|more"
                    + "|open|which|the latest|our|how)|see [\\w\\s-]{0,40}\\b(?:jobs|roles|positions|salaries|openings)"
                    + "|view (?:all|more|open|salary|salaries|jobs|details|positions|roles|pricing)|browse\\b|explore (?:all|more|our|jobs)"
                    + "|back to\\b|go back|return to|track\\b|apply (?:now|today|here)|contact (?:us|sales)|get (?:the|our"
                    + "|weekly|daily|notified|alerts|access|in touch|hired|started)|post a job|hire (?:top|ai|talent|now)"
                    + "|find (?:jobs|your next|talent|a job|more)|discover (?:more|jobs|our)|click here|tap here"
                    + "|create (?:a |your )?(?:free )?account|start learning|enroll (?:now|today)"
                    + "|ready to (?:get started|build|start|try|learn|dive in|level up)|\\w+ (?:your )?free trial"
                    + "|enter your (?:email|e-mail)|your (?:email|e-mail) address|no spam\\b|unsubscribe)",
            Pattern.CASE_INSENSITIVE);
    static final int CALL_TO_ACTION_MAX_WORDS = 12;

    /** Headings of sections that are marketing, careers or site furniture; their content is dropped. */
    static final List<Rule> NOISE_HEADINGS = rules(
            rule("\\b(?:jobs?|careers?|salary|salaries|hiring|hire|employers?|recruit\\w*|pricing|compensation|pay)\\b",
                    "job", "career", "salar", "hiring", "hire", "employer", "recruit", "pricing", "compensation", "pay"),
            rule("\\bskill demand\\b", "skill demand"),
            rule("\\b(?:subscribe|newsletter|sign up|log in|login)\\b", "subscribe", "newsletter", "sign up", "log in",
                    "login"),
            "^(?:about us|about|contact|contact us|follow us|connect with us|share this(?: \\w+)?|share|resources"
                    + "|company|legal|products|solutions|support|quick links|useful links|navigation|menu|sitemap"
                    + "|explore|more|popular|trending|recommended|latest|advertisement|sponsored|comments"
                    + "|leave a (?:reply|comment)|about the author|author|table of contents|on this page"
                    + "|in this article|further reading|external links|references|sources|citations|footnotes"
                    + "|tools|ai tools|courses|learn more|stay updated|stay in the loop|get in touch|community)$",
            "^(?:popular|trending|recommended|latest|more|top) (?:articles|posts|guides|courses|tools|topics"
                    + "|reads|stories|news)\\b",
            "^related (?:articles|posts|reading|content|resources|courses|guides|videos|tools|stories|news)\\b",
            rule("\\byou (?:may|might) also (?:like|enjoy)\\b", "also like", "also enjoy"),
            rule("\\bmore from\\b", "more from"),
            rule("\\bby (?:city|location|country)\\b", "by city", "by location", "by country"),
            rule("\\bdata source\\b", "data source"),
            rule("\\bmarket (?:data|pulse|trends)\\b", "market"));

    /**
     * Sentences inside content paragraphs that are marketing rather than meaning. "Jobs" alone is
     * not enough ("batch jobs" are content); jobs as a career market are.
     */
    static final List<Rule> NOISE_SENTENCES = rules(
            rule("\\b(?:ai|ml|tech|remote|entry[- ]level|open|engineering|developer|data science|generative ai"
                    + "|\\d+\\+?)\\s+jobs\\b", "jobs"),
            rule("\\bjobs?\\s+(?:market|postings?|listings?|seekers?|alerts?|boards?|openings?|search|titles?|offers?"
                    + "|opportunities|categories|descriptions?)\\b", "job"),
            rule("\\b(?:apply (?:for|to)|land|browse)\\s+(?:\\w+\\s+){0,3}jobs?\\b|\\bjobs? (?:in|at) (?:ai|tech|top)\\b", "job"),
            rule("\\b(?:careers?|salary|salaries|hiring|recruiters?|employers?|compensation|job-ready|job seekers?)\\b",
                    "career", "salar", "hiring", "recruiter", "employer", "compensation", "job"),
            rule("\\$\\s?\\d", "$"),
            rule("\\bdata (?:source|reflects)\\b", "data source", "data reflects"),
            rule("\\bmay not include (?:equity|bonuses)\\b", "may not include"),
            "^(?:subscribe|sign up|click (?:here|the|to)|learn more|read more|see (?:all|more|which|our)"
                    + "|browse (?:our|all|\\w+ jobs)|explore our|check out our|get started|try \\w+ (?:for )?free"
                    + "|view (?:all|open|salary|more)|enroll (?:now|today)|start (?:your|a) free)\\b",
            // Sentences that introduce an article instead of saying anything about the term.
            "^(?:in this (?:article|guide|post|tutorial|section|lesson)|this (?:article|guide|post|page|tutorial) "
                    + "(?:explains|covers|will|walks|looks)|let'?s (?:explore|dive|take a look|look at|break)"
                    + "|everything you need to know|read on\\b|keep reading|we'?ll (?:explain|cover|explore|look)"
                    + "|you'?ll learn|here'?s (?:what|everything) you need)\\b",
            rule("\\bfree trial\\b", "free trial"),
            rule("\\bour (?:course|courses|bootcamp|newsletter|platform|program|programme|academy|webinar|app|team)\\b",
                    "our "),
            rule("[→»›]\\W*$", "→", "»", "›"),
            rule("\\ball rights reserved\\b", "rights reserved"), rule("©", "©"));

    /** FAQ questions about jobs, pay, skills for a career or the site itself rather than about the term. */
    static final List<Rule> OFF_TOPIC_QUESTIONS = rules(
            rule("\\b(?:jobs?|careers?|salary|salaries|pay|pays|paid|earn|earns|earning|compensation|hiring|hire|hired"
                    + "|recruit\\w*|interviews?|resumes?|employers?|employment|job market)\\b",
                    "job", "career", "salar", "pay", "paid", "earn", "compensation", "hir", "recruit", "interview",
                    "resume", "employ"),
            rule("\\bskills? (?:do|does|would|should|will|might) (?:i|you|one|someone|we|engineers?|developers?) need\\b",
                    "skill"),
            rule("\\bskills? (?:are|is) (?:needed|required|necessary)\\b", "skill"),
            rule("\\b(?:to|can i|do i need to|should i) work (?:in|as)\\b", "work "),
            rule("\\bwork in (?:ai|tech|the (?:field|industry))\\b", "work in"),
            rule("\\b(?:become|becoming) an? (?:[\\w-]+ ){0,3}(?:engineer|developer|scientist|specialist|expert|analyst"
                    + "|researcher|professional|practitioner)\\b", "becom"),
            rule("\\b(?:get into|break into|land an?)\\b", "get into", "break into", "land a"),
            rule("\\bhow (?:much|many) .{0,40}\\b(?:make|earn)\\b", "how much", "how many"),
            rule("\\b(?:contact (?:you|us|support)|customer (?:service|support)|refunds?|subscriptions?|my account"
                    + "|cancel (?:my|your|the) (?:account|plan|subscription)|free trial|sign up|(?:log|sign) ?in to"
                    + "|newsletter)\\b", "contact", "customer", "refund", "subscription", "account", "trial", "sign",
                    "log", "newsletter"));

    private static Rule rule(String regex, String... hints) {
        // ASCII case folding is enough: the rules are English words; it keeps the anchored rule cheap.
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(hints),
                regex.startsWith("^"));
    }

    /**
     * Each item a {@link Rule} or a plain regular expression (a rule without hints). Plain
     * expressions anchored at the start are joined into one, tried once at the start of the text.
     */
    private static List<Rule> rules(Object... items) {
        List<Rule> out = new java.util.ArrayList<>();
        List<String> anchored = new java.util.ArrayList<>();
        for (Object item : items) {
            if (item instanceof Rule r) {
                out.add(r);
            } else if (((String) item).startsWith("^")) {
                anchored.add("(?:" + ((String) item).substring(1) + ")");
            } else {
                out.add(rule((String) item));
            }
        }
        if (!anchored.isEmpty()) {
            out.add(0, rule("^(?:" + String.join("|", anchored) + ")"));
        }
        return List.copyOf(out);
    }
}
