package dev.gloss.glossary.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes realistic glossary pages with a seeded random source: 40% plain-text page dumps of one
 * term with navigation, icon names, salary sections, FAQ, related terms and a long footer; 30%
 * Markdown glossaries of several terms; 30% HTML pages (single-term pages with details FAQs and
 * FAQPage JSON-LD, and dl glossaries with DefinedTermSet JSON-LD). About 5 KB a page, and some
 * terms appear on several pages so that merging is exercised.
 */
final class SyntheticPages {
    private static final String[] ADJECTIVES = {"Sparse", "Dense", "Latent", "Adaptive", "Causal", "Federated",
            "Quantized", "Recurrent", "Contrastive", "Generative", "Probabilistic", "Distributed", "Incremental",
            "Hierarchical", "Semantic", "Vector", "Neural", "Stochastic", "Bayesian", "Multimodal", "Robust",
            "Differential", "Streaming", "Temporal", "Graph", "Synthetic", "Supervised", "Residual", "Attention",
            "Batch", "Online", "Offline", "Transfer", "Meta", "Active", "Structured", "Implicit", "Explicit"};
    private static final String[] NOUNS = {"Retrieval", "Embedding", "Encoder", "Decoder", "Pipeline", "Index",
            "Sampling", "Tokenizer", "Scheduler", "Regularizer", "Optimizer", "Classifier", "Alignment", "Pruning",
            "Distillation", "Inference", "Caching", "Sharding", "Checkpointing", "Evaluation", "Calibration",
            "Augmentation", "Normalization", "Routing", "Search", "Compression", "Clustering", "Ranking", "Labeling",
            "Monitoring"};
    private static final String[] WORDS = ("model data training weights layer gradient loss token sequence context "
            + "window memory latency throughput accuracy precision recall benchmark dataset feature vector matrix "
            + "attention head batch epoch parameter inference server cluster request query document corpus label "
            + "signal noise bias variance error metric score threshold budget cost storage network graph node edge "
            + "cache shard replica stream event schema pipeline stage step policy reward agent environment state "
            + "action plan prompt response output input sample distribution probability estimate").split(" ");
    private static final String[] VERBS = {"reduces", "improves", "stores", "maps", "combines", "splits", "ranks",
            "filters", "compresses", "predicts", "measures", "balances", "updates", "selects", "routes", "encodes"};

    private final Random random;
    private final List<String> terms = new ArrayList<>();

    SyntheticPages(long seed) {
        this.random = new Random(seed);
        for (String adjective : ADJECTIVES) {
            for (String noun : NOUNS) {
                terms.add(adjective + " " + noun);
            }
        }
        java.util.Collections.shuffle(terms, random);
    }

    /** Writes the pages into nested folders; returns the bytes written. */
    long write(Path dir, int pages) throws IOException {
        long bytes = 0;
        int next = 0;
        for (int i = 0; i < pages; i++) {
            Path folder = dir.resolve("part-" + (i % 10));
            Files.createDirectories(folder);
            // About one page in ten repeats a term seen before, to exercise merging.
            String term = i > 20 && random.nextInt(10) == 0 ? terms.get(random.nextInt(next)) : terms.get(next++ % terms.size());
            String page;
            String name;
            int kind = i % 10;
            if (kind < 4) {
                page = plainTextPage(term);
                name = slug(term) + "-" + i + ".txt";
            } else if (kind < 7) {
                page = markdownGlossary(term, 4);
                name = "glossary-" + i + ".md";
            } else if (kind < 9) {
                page = htmlTermPage(term);
                name = slug(term) + "-" + i + ".html";
            } else {
                page = htmlDefinitionList(term, 7);
                name = "terms-" + i + ".html";
            }
            byte[] data = page.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(name), data);
            bytes += data.length;
            next = Math.max(next, 1);
        }
        return bytes;
    }

    private String plainTextPage(String term) {
        StringBuilder sb = new StringBuilder();
        sb.append("SiteName LogoSiteName\nJobsCompaniesJob AlertsPricing\nHomechevron_rightAI Glossarychevron_right")
                .append(term).append("\n\nWhat is ").append(term).append("?\n\n").append(term).append("\n\n")
                .append(definition(term)).append("\n\nworkBrowse ").append(pick(ADJECTIVES)).append(" AI Jobs\n\n")
                .append(paragraph(term, 50)).append("\n\nHow ").append(term).append(" Works\n\n")
                .append(paragraph(term, 60)).append("\n\nWhy ").append(term).append(" Matters\n\n")
                .append(paragraph(term, 50)).append("\n\nPractical Example\n\n").append(paragraph(term, 40))
                .append("\n\nUse Cases\n\n");
        for (int k = 0; k < 4; k++) {
            sb.append("  • ").append(capitalize(pick(WORDS))).append(' ').append(pick(WORDS)).append(" systems\n");
        }
        sb.append("\ntrending_upSalary Impact\n\nEngineers who know ").append(term)
                .append(" earn $180K-$320K at top companies.\n\nSee ").append(pick(ADJECTIVES))
                .append(" AI jobsarrow_forward\n\nFrequently Asked Questions\n\n");
        for (int k = 0; k < 3; k++) {
            sb.append(question(term)).append("\n\n").append(paragraph(term, 30)).append("\n\n");
        }
        sb.append("How does ").append(term).append(" affect salary?\n\nEngineers with this skill earn more.\n\n")
                .append("Related Terms\n\n");
        for (int k = 0; k < 3; k++) {
            String related = pick(terms);
            sb.append("  • arrow_forward\n    ").append(related).append("\n\n    ").append(definition(related))
                    .append("\n\n");
        }
        sb.append("Related Jobs\n\nwork\nGenerative AI Jobs\n\nView open positions\n\narrow_backBack to AI Glossary\n")
                .append("smart_toy\nSiteName\n\nCurated AI jobs across engineering and research, updated daily.\n\n");
        for (String section : List.of("For Job Seekers", "For Employers", "Resources", "Company")) {
            sb.append(section).append("\n\n");
            for (int k = 0; k < 6; k++) {
                sb.append("  • ").append(capitalize(pick(WORDS))).append(" ").append(capitalize(pick(WORDS))).append('\n');
            }
            sb.append('\n');
        }
        sb.append("© 2026 SiteName. All rights reserved.\n\nSitemapPrivacyTermsCookies\n");
        return sb.toString();
    }

    private String markdownGlossary(String first, int count) {
        StringBuilder sb = new StringBuilder("# ").append(pick(ADJECTIVES)).append(" Glossary\n\n")
                .append(sentence(null, 14)).append("\n\n");
        for (int k = 0; k < count; k++) {
            String term = k == 0 ? first : pick(terms);
            sb.append("## ").append(term).append("\n\n").append(definition(term)).append("\n\n")
                    .append(paragraph(term, 40)).append("\n\n");
            if (random.nextBoolean()) {
                sb.append("**Also known as:** ").append(acronym(term)).append("\n\n");
            }
            sb.append("**Related terms:** ").append(pick(terms)).append(", ").append(pick(terms)).append("\n\n");
            sb.append("### ").append(question(term)).append("\n\n").append(paragraph(term, 40)).append("\n\n");
            if (random.nextBoolean()) {
                sb.append("Q: ").append(question(term)).append("\nA: ").append(paragraph(term, 30)).append("\n\n");
            }
        }
        sb.append("## In brief\n\n");
        for (int k = 0; k < 3; k++) {
            String term = pick(terms);
            sb.append("- **").append(term).append("**").append(random.nextBoolean() ? ": " : " — ")
                    .append(definition(term)).append('\n');
        }
        return sb.toString();
    }

    private String htmlTermPage(String term) {
        StringBuilder faq = new StringBuilder();
        StringBuilder jsonLd = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            String q = question(term);
            String a = paragraph(term, 25);
            faq.append("<details><summary>").append(q).append("</summary><p>").append(a).append("</p></details>\n");
            jsonLd.append(k == 0 ? "" : ",").append("{\"@type\":\"Question\",\"name\":\"").append(q)
                    .append("\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"").append(a).append("\"}}");
        }
        return "<!DOCTYPE html><html><head><title>What is " + term + "? | Site</title>\n"
                + "<style>body{font:16px sans-serif}.nav a{margin:0 1em}</style>\n"
                + "<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>\n"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\","
                + "\"mainEntity\":[" + jsonLd + "]}</script></head><body>\n"
                + "<nav class=\"nav\"><a href=\"/\">Home</a><a href=\"/jobs\">Jobs</a><a href=\"/pricing\">Pricing</a></nav>\n"
                + "<div class=\"breadcrumb\">Home &rsaquo; Glossary &rsaquo; " + term + "</div>\n<main><article>\n"
                + "<h1>What is " + term + "?</h1>\n<p>" + definition(term) + "</p>\n"
                + "<h2>How " + term + " works</h2>\n<p>" + paragraph(term, 60) + "</p>\n<p>" + paragraph(term, 45) + "</p>\n"
                + "<h2>Examples</h2>\n<ul><li>" + sentence(term, 12) + "</li><li>" + sentence(term, 12) + "</li></ul>\n"
                + "<aside class=\"promo\"><p>Try our platform free for 30 days!</p></aside>\n"
                + "<h2>Frequently asked questions</h2>\n" + faq + "</article></main>\n"
                + "<footer><p>&copy; 2026 Site &amp; Co. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>"
                + "</body></html>\n";
    }

    private String htmlDefinitionList(String first, int count) {
        StringBuilder dl = new StringBuilder();
        StringBuilder ld = new StringBuilder();
        for (int k = 0; k < count; k++) {
            String term = k == 0 ? first : pick(terms);
            String def = definition(term);
            dl.append("<dt>").append(term).append(" <span class=\"material-icons\">open_in_new</span></dt><dd><p>")
                    .append(def).append("</p><p>").append(paragraph(term, 25)).append("</p></dd>\n");
            ld.append(k == 0 ? "" : ",").append("{\"@type\":\"DefinedTerm\",\"name\":\"").append(term)
                    .append("\",\"description\":\"").append(def).append("\"}");
        }
        return "<!DOCTYPE html><html><head><title>Terms &#8211; Site</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"DefinedTermSet\",\"name\":\"Site Terms\","
                + "\"hasDefinedTerm\":[" + ld + "]}</script></head><body>\n"
                + "<div class=\"cookie-banner\">We use cookies. <button>Accept</button></div>\n"
                + "<h1>" + pick(ADJECTIVES) + " Terms Glossary</h1>\n<p>" + sentence(null, 15) + "</p>\n<dl>\n" + dl
                + "</dl>\n<footer>Copyright &copy; 2026 Site</footer></body></html>\n";
    }

    private String definition(String term) {
        return "A " + term.toLowerCase(Locale.ROOT) + " is a " + pick(WORDS) + " " + pick(WORDS) + " technique that "
                + pick(VERBS) + " the " + pick(WORDS) + " of a " + pick(WORDS) + " " + pick(WORDS) + " by "
                + sentence(null, 14).toLowerCase(Locale.ROOT);
    }

    private String question(String term) {
        return switch (random.nextInt(4)) {
            case 0 -> "How does " + term + " handle " + pick(WORDS) + " " + pick(WORDS) + "?";
            case 1 -> "When should I use " + term + " instead of " + pick(terms) + "?";
            case 2 -> "Does " + term + " work with " + pick(WORDS) + " " + pick(WORDS) + " at scale?";
            default -> "What limits the " + pick(WORDS) + " of " + term + "?";
        };
    }

    private String paragraph(String term, int words) {
        StringBuilder sb = new StringBuilder();
        int written = 0;
        while (written < words) {
            int n = 8 + random.nextInt(12);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sentence(random.nextInt(3) == 0 ? term : null, n));
            written += n;
        }
        return sb.toString();
    }

    private String sentence(String term, int words) {
        StringBuilder sb = new StringBuilder(capitalize(pick(WORDS)));
        for (int k = 1; k < words; k++) {
            sb.append(' ').append(k == words / 2 && term != null ? term.toLowerCase(Locale.ROOT)
                    : k % 5 == 0 ? pick(VERBS) : pick(WORDS));
        }
        return sb.append('.').toString();
    }

    private String acronym(String term) {
        StringBuilder sb = new StringBuilder();
        for (String w : term.split(" ")) {
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String term) {
        return term.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
