# The dashboard's pages (src/web/): the page shell and its language menu, signing in, the
# overview, the tickets, the knowledge base and its gaps, categories, settings, the audit
# log and the error pages. Counts are numbers (a select on them picks the plural form;
# they are written the language's way); `$ticket` is a ticket's number ("12"), shown
# without grouping. Dates and times stay as the pages write them (2024-05-04 09:30 UTC).
# Where a message names a variable in backticks, the page shows it as code.

## Numbers, shares and durations.

web-number = { $value }
web-percent = { $value } %
web-share = { $value } %
web-duration-seconds = { $seconds } s
web-duration-minutes = { $minutes } min { $seconds } s
web-duration-hours = { $hours } h { $minutes } min
web-minutes = { $minutes } min

## The page shell: the top bar, the navigation, the language menu.

web-nav-label = Pages
web-nav-overview = Vue d'ensemble
web-nav-tickets = Tickets
web-nav-kb = Base de connaissances
web-nav-gaps = Lacunes
web-nav-categories = Catégories
web-nav-settings = Paramètres
web-nav-audit = Journal des modifications
web-access-title = Ce que vous pouvez faire ici
web-access-agent = agent
web-access-moderator = modérateur
web-access-manager = gestionnaire
web-local-admin = administrateur local
web-sign-out = Se déconnecter
web-language-label = Langue
web-language-change = Changer
web-server-fallback = Serveur { $id }
web-user-fallback = utilisateur { $id }

## Error pages.

web-error-title = { $status ->
    [400] Requête incorrecte
    [403] Accès refusé
    [404] Introuvable
    [502] Passerelle en erreur
    [503] Service indisponible
   *[other] Erreur
}
web-error-back = Retour à vos serveurs
web-error-no-page = Cette page n'existe pas.
web-error-no-such-page = Cette page n'existe pas.
web-error-no-such-server = Ce serveur n'existe pas.
web-error-unknown-server = Vous ne pouvez pas voir ce serveur ici : soit le bot n'y est pas, soit vous n'y êtes ni agent, ni modérateur, ni gestionnaire.
web-error-not-staff = Vous êtes membre de ce serveur, mais ni agent, ni modérateur, ni gestionnaire : son support ne vous est donc pas accessible.
web-error-csrf = Ce formulaire n'a pas été envoyé depuis une page de cette session (son jeton de sécurité manque ou a expiré). Revenez en arrière, rechargez la page et renvoyez-le.
web-error-database = La base de données a échoué, cette page ne peut donc pas s'afficher : { $error }. Réessayez dans un instant.
web-error-discord = Impossible de demander à Discord qui vous êtes sur ce serveur : { $error }. Réessayez dans un instant.
web-error-kb-editors-only = Seuls les modérateurs et les membres ayant la permission Gérer le serveur peuvent modifier la base de connaissances.
web-error-settings-managers-only = Seuls les membres ayant la permission Gérer le serveur peuvent modifier ses paramètres.
web-error-language = `{ $code }` n'est pas une langue de ce tableau de bord. Choisissez parmi : { $known }.
web-error-form-unreadable = Ce formulaire est illisible : { $error }
web-error-days = La période `days={ $value }` n'est pas un nombre entier de jours entre 1 et 365.
web-error-sort = Le tri `sort={ $value }` n'est ni `used` ni `helpful`.

## Signing in.

web-login-title = Connexion
web-login-why-signin = Connectez-vous pour voir le support de vos serveurs.
web-login-why-expired = Votre session a expiré. Reconnectez-vous.
web-login-why-signed-out = Vous êtes déconnecté.
web-login-why-denied = La connexion avec Discord a été annulée.
web-login-discord = Se connecter avec Discord
web-login-discord-who = Vous voyez les serveurs que vous partagez avec le bot et où vous êtes agent ou modérateur, ou avez la permission Gérer le serveur.
web-login-discord-off = La connexion avec Discord n'est pas configurée sur ce tableau de bord (DISCORD_CLIENT_ID et DISCORD_CLIENT_SECRET).
web-login-link-heading = Se connecter avec un lien
web-login-link-how = Un administrateur ayant un shell sur la machine peut générer un lien de connexion à usage unique : { $command }
web-link-title = Se connecter avec un lien de connexion
web-link-intro = Ce lien à usage unique vous connecte en tant qu'administrateur local du serveur. Il ne fonctionne qu'une fois.
web-link-submit = Se connecter
web-error-link-spent = Ce lien de connexion est inconnu, déjà utilisé ou expiré. Générez-en un nouveau avec `concierge dashboard link --guild ID`.
web-error-discord-login-off = La connexion avec Discord n'est pas configurée sur ce tableau de bord (DISCORD_CLIENT_ID et DISCORD_CLIENT_SECRET). Utilisez plutôt un lien de connexion.
web-error-oauth-state = Cette connexion n'a pas commencé sur ce tableau de bord, ou a pris plus de dix minutes (son état ne correspond pas). Recommencez depuis la page de connexion.
web-error-oauth-no-code = Discord n'a renvoyé aucun code de connexion. Recommencez.
web-error-oauth-failed = { $error }. Recommencez depuis la page de connexion.
web-oauth-refused-code = Discord a refusé le code de connexion : { $why }
web-oauth-refused-me = Discord a refusé de dire qui vous êtes : { $why }
web-oauth-refused-guilds = Discord a refusé de lister vos serveurs : { $why }
web-oauth-unreachable = Discord est injoignable : { $error }
web-oauth-bad-id = Discord a fourni un identifiant d'utilisateur `{ $id }` qui n'est pas un nombre

## Your servers.

web-home-title = Vos serveurs
web-home-none = Sur aucun de vos serveurs où tourne ce bot, vous n'êtes agent, modérateur ou membre avec la permission Gérer le serveur. Demandez un rôle de support aux gestionnaires d'un serveur, puis reconnectez-vous.
web-home-access = Votre rôle : { $access }

## The period of a page.

web-period-label = Période :
web-period-last-days = { $days ->
    [one] { $days } dernier jour
   *[other] { $days } derniers jours
}

## Overview.

web-overview-opened-per-day = Tickets ouverts par jour
web-overview-frt-per-day = Première réponse médiane par jour
web-overview-csat-per-day = CSAT par jour (moyenne des étoiles)
web-overview-ratings = Évaluations
web-overview-backlog-by-age = Tickets en attente par ancienneté
web-overview-agents = Agents
web-overview-categories = Catégories
web-card-opened = Tickets ouverts
web-card-opened-sub = { $closed ->
    [one] { $closed } fermé
   *[other] { $closed } fermés
}, { $reopened ->
    [one] { $reopened } rouvert
   *[other] { $reopened } rouverts
}
web-card-frt = Première réponse (médiane)
web-card-frt-sub = 90e centile : { $p90 }
web-card-fcr = Résolution au premier contact
web-card-fcr-sub = { $responses } réponses jusqu'à la résolution
web-card-csat = CSAT
web-card-csat-value = { $mean } ★
web-card-csat-sub = { $count ->
    [one] { $count } évaluation, { $share } à 4-5 étoiles
   *[other] { $count } évaluations, { $share } à 4-5 étoiles
}
web-card-sla = Respect des SLA
web-card-sla-sub = premières réponses dans les délais
web-card-deflection = Déflexion
web-card-deflection-sub = { $auto ->
    [one] { $auto } réponse automatique
   *[other] { $auto } réponses automatiques
}, { $confirmed ->
    [one] { $confirmed } confirmée
   *[other] { $confirmed } confirmées
}, { $assumed ->
    [one] { $assumed } présumée
   *[other] { $assumed } présumées
}
web-card-backlog = En attente
web-card-backlog-tier = niveau { $tier } : { $count }
web-chart-csat = Note moyenne par jour
web-chart-stars = Notes des demandeurs par nombre d'étoiles
web-chart-backlog = Tickets ouverts par ancienneté
web-chart-day = { $day } { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
web-age-under-1h = < 1 h
web-age-1h-4h = 1-4 h
web-age-4h-24h = 4-24 h
web-age-over-24h = > 24 h
web-overview-no-agents = Aucun agent n'a répondu à un ticket ni n'en a fermé au cours de cette période.
web-col-agent = Agent
web-col-first-responses = Premières réponses
web-col-median-frt = Première réponse médiane
web-col-tickets-closed = Fermés
web-col-fcr = FCR
web-col-csat = CSAT
web-col-ratings = Évaluations
web-col-category = Catégorie
web-col-tickets-opened = Ouverts

## A ticket's status, priority, and who wrote a message.

web-status-open = ouvert
web-status-claimed = pris en charge
web-status-closed = fermé
web-priority-low = basse
web-priority-normal = normale
web-priority-high = haute
web-priority-urgent = urgente
web-author-member = membre
web-author-agent = agent
web-author-bot = bot
web-stars-title = { $score } sur 5

## The tickets list.

web-tickets-found = { $count ->
    [one] ticket
   *[other] tickets
}
# The CSV file itself keeps its column headings in English: they are machine headings for
# spreadsheets and scripts.
web-tickets-csv = Télécharger en CSV
web-tickets-none = Aucun ticket ne correspond à ces filtres.
web-filter-status = Statut
web-filter-any = Tous
web-filter-active = Ouvert ou pris en charge
web-filter-open = Ouvert
web-filter-claimed = Pris en charge
web-filter-closed = Fermé
web-filter-tier = Niveau
web-filter-category = Catégorie
web-filter-no-category = Sans catégorie
web-filter-removed-category = catégorie { $id }
web-filter-tag = Étiquette
web-filter-agent = Agent (identifiant)
web-filter-priority = Priorité
web-filter-from = Ouvert du
web-filter-to = au (UTC)
web-filter-text = Texte dans le sujet ou les messages
web-filter-per-page = Par page
web-filter-submit = Filtrer
web-filter-clear = Réinitialiser
web-col-number = N°
web-col-topic = Sujet
web-col-status = Statut
web-col-tier = Niveau
web-col-priority = Priorité
web-col-tags = Étiquettes
web-col-owner = Demandeur
web-col-holder = Pris en charge par
web-col-opened = Ouverture
web-col-closed = Fermeture
web-col-rating = Note
web-pager-label = Pages
web-pager-previous = ← Précédente
web-pager-next = Suivante →
web-pager-page = Page { $page } sur { $pages } · { $total } au total
web-query-unreadable = L'adresse de cette page est illisible.
web-query-bad-status = `{ $given }` n'est pas un statut : open, claimed, closed, ou active (ouvert ou pris en charge).
web-query-bad-tier = `{ $given }` n'est pas un niveau : un nombre entier de 1 à 255.
web-query-bad-category = `{ $given }` n'est pas une catégorie : son numéro, ou `none`.
web-query-bad-tag = `{ $given }` n'est pas un nom d'étiquette : 1 à 32 lettres a-z, chiffres et tirets.
web-query-bad-agent = `{ $given }` n'est pas un identifiant d'utilisateur Discord.
web-query-bad-priority = `{ $given }` n'est pas une priorité : low, normal, high ou urgent.
web-query-bad-date = `{ $given }` n'est pas une date au format AAAA-MM-JJ.
web-query-bad-to = `{ $given }` n'est pas égal ou postérieur à `from`.
web-query-bad-page = `{ $given }` n'est pas un numéro de page : un nombre entier à partir de 1.
web-query-bad-per = `{ $given }` n'est pas un nombre de tickets par page : un nombre entier de 1 à 100.

## One ticket.

web-error-no-such-ticket = Ce serveur n'a pas de ticket avec ce numéro.
web-ticket-title = Ticket { $ticket } : { $topic }
web-ticket-all = ← Tous les tickets
web-ticket-download-html = Télécharger la transcription (HTML)
web-ticket-download-md = Télécharger la transcription (Markdown)
web-ticket-form = Formulaire
web-ticket-history = Historique
web-ticket-messages = Messages
web-ticket-notes = Notes internes
web-ticket-closed-inactive = (fermé pour inactivité)
web-ticket-none = aucune
web-ticket-opened-by = Ouvert par
web-ticket-nobody-yet = personne pour l'instant
web-ticket-first-response = Première réponse
web-ticket-first-response-after = { $after } après l'ouverture
web-ticket-none-yet = pas encore
web-ticket-closed-by = par { $name }
web-ticket-resolution = Résolution
web-ticket-reopened = Rouvert
web-ticket-reopened-times = { $count } fois
web-ticket-rating-from-owner = { $score }/5 de la part du demandeur
web-ticket-not-rated = pas évalué
web-ticket-no-history = Rien d'enregistré.
web-ticket-no-messages = Aucun message.
web-ticket-no-notes = Aucune note interne.
web-ticket-note-chip = note interne

## A ticket's history, one line per event.

web-event-opened = ouvert
web-event-opened-by = ouvert par { $by }
web-event-thread = fil créé
web-event-claimed = pris en charge
web-event-claimed-by = pris en charge par { $by }
web-event-unclaimed = remis dans la file d'attente
web-event-unclaimed-by = remis dans la file d'attente par { $by }
web-event-transferred = transféré
web-event-transferred-by = transféré par { $by }
web-event-escalated = escaladé
web-event-escalated-by = escaladé par { $by }
web-event-escalated-tiers = escaladé du niveau { $from } au niveau { $to }
web-event-escalated-tiers-by = escaladé du niveau { $from } au niveau { $to } par { $by }
web-event-escalated-at = escaladé au niveau { $tier }
web-event-escalated-at-by = escaladé au niveau { $tier } par { $by }
web-event-priority-raised = passé en urgent
web-event-priority-raised-by = passé en urgent par { $by }
web-event-priority-changed = priorité { $reason }
web-event-priority-changed-by = priorité { $reason }, modifiée par { $by }
web-event-note = note interne ajoutée
web-event-note-by = note interne ajoutée par { $by }
web-event-close-requested = fermeture proposée
web-event-close-requested-by = fermeture proposée par { $by }
web-event-close-declined = laissé ouvert (réponse à la demande de fermeture)
web-event-close-declined-by = laissé ouvert par { $by } (réponse à la demande de fermeture)
web-event-tagged = étiquette { $reason } ajoutée
web-event-tagged-by = étiquette { $reason } ajoutée par { $by }
web-event-untagged = étiquette { $reason } retirée
web-event-untagged-by = étiquette { $reason } retirée par { $by }
web-event-moved = déplacé
web-event-moved-by = déplacé par { $by }
web-event-inactivity-asked = membre sans nouvelles interrogé : le problème est-il résolu ?
web-event-sla-breached = délai de première réponse dépassé
web-event-sla-breached-tiers = délai de première réponse dépassé, du niveau { $from } au niveau { $to }
web-event-sla-breached-at = délai de première réponse dépassé au niveau { $tier }
web-event-closed = fermé
web-event-closed-by = fermé par { $by }
web-event-reopened = rouvert
web-event-reopened-by = rouvert par { $by }
web-event-rated = évalué
web-event-rated-by = évalué par { $by }
web-event-unrated = évaluation retirée
web-event-unrated-by = évaluation retirée par { $by }
web-event-automatic = (automatique)

## Knowledge base.

web-kb-test-heading = Tester une question
web-kb-entries = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
web-kb-order = Tri :
web-kb-most-used = les plus utilisées
web-kb-most-helpful = les plus utiles
web-kb-own = propre au serveur
web-kb-shared = partagée
web-kb-added = Entrée `{ $entry }` ajoutée ; le bot y répond désormais.
web-kb-patterns-added = { $count ->
    [one] { $count } modèle ajouté à `{ $entry }` ; le bot y répond désormais.
   *[other] { $count } modèles ajoutés à `{ $entry }` ; le bot y répond désormais.
}
web-col-entry = Entrée
web-col-from = Provenance
web-col-auto-answers = Réponses automatiques
web-col-agent-sends = Envois par les agents
web-col-helpful = Utile
web-col-solved = Résolu
web-col-talked-to-human = A parlé à un humain
web-col-assumed-resolved = Présumé résolu
web-kb-gone = n'est plus dans les fichiers
web-kb-votes = { $count ->
    [one] ({ $count } vote)
   *[other] ({ $count } votes)
}

## The knowledge base's test box.

web-test-label = Une question, telle qu'un membre la poserait dans un salon de support
web-test-submit = Tester
web-test-too-long = Une question fait au plus { $max } caractères.
web-test-would-answer = Le bot répondrait avec { $entry } ({ $id }) : confiance { $confidence }, seuil { $threshold }.
web-test-would-answer-own = Le bot répondrait avec { $entry } ({ $id }), tirée des entrées propres à ce serveur : confiance { $confidence }, seuil { $threshold }.
web-test-its-answer = Sa réponse
web-test-not-question = Le bot ne répondrait pas : cela ressemble à du bavardage ou ne contient aucun mot de sujet.
web-test-no-candidate = Le bot ne répondrait pas : aucune entrée n'a de mot en commun avec cette question.
web-test-below-threshold = Le bot ne répondrait pas : la confiance de la meilleure entrée, { $confidence }, est sous son seuil de { $threshold }.
web-test-no-fit = Le bot ne répondrait pas : aucune entrée ne convient.
web-col-rank = Rang
web-col-share = Part de la probabilité
web-test-answers-chip = répond
web-test-why = Pourquoi : l'explication que donne { $command }

## Knowledge gaps.

web-gaps-title = Lacunes de la base de connaissances
web-gaps-intro = Les questions posées dans les salons de support auxquelles la base de connaissances n'a pas répondu, regroupées par sujet ; celles devenues des tickets d'abord.
web-gaps-intro-editors = Les modérateurs et les gestionnaires peuvent transformer ici un groupe en entrée.
web-gaps-none = Aucune question sans réponse sur cette période.
web-gaps-questions = { $count ->
    [one] question
   *[other] questions
}
web-gaps-became-tickets = { $count ->
    [one] devenue ticket
   *[other] devenues tickets
}
web-gaps-latest = la dernière le { $when }.
web-gaps-the-questions = Les questions
web-gaps-ticket = ticket
web-gaps-more = et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
web-gaps-back = Retour aux lacunes
web-gaps-for = Pour les questions comme : { $question }
web-gaps-create-title = Créer une entrée
web-gaps-patterns-title = Ajouter des modèles à une entrée

## The two forms under a gap.

web-form-create-heading = Créer une entrée
web-form-id = Identifiant (a-z, 0-9 et -)
web-form-title = Titre (facultatif)
web-form-answer = Réponse (Markdown ; { "{user}" } mentionne la personne qui demande)
web-form-patterns = Modèles : des exemples de questions, un par ligne
web-form-create-submit = Créer l'entrée
web-form-add-heading = Ajouter comme modèles à une entrée existante
web-form-patterns-to-add = Modèles à ajouter (décochez ceux à laisser de côté)
web-form-no-patterns = Ce groupe ne suggère aucun modèle.
web-form-add-to = Ajouter à
web-form-add-submit = Ajouter les modèles
web-form-problems = Rien n'a été enregistré. Corrigez ces points et renvoyez le formulaire :
web-field-id = Identifiant
web-field-title = Titre
web-field-answer = Réponse
web-field-patterns = Modèles
web-field-entry = Entrée

## Categories.

web-categories-intro = Les modérateurs et les membres ayant la permission Gérer le serveur modifient les catégories avec { $command } dans Discord, ce qui met aussi à jour chaque panneau de tickets.
web-categories-none = Aucune catégorie : tous les tickets se valent. Ajoutez-en une avec { $command }.
web-col-team = Équipe
web-col-first-response = Première réponse
web-col-asks-solved = Demande « Est-ce résolu ? »
web-col-form = Formulaire
web-categories-tier-1-role = le rôle du niveau 1
web-categories-role = rôle { $id }
web-categories-servers = celui du serveur
web-yes = oui
web-no = non
web-categories-topic-only = (le sujet seulement)
web-form-paragraph = paragraphe
web-form-short = court
web-form-required = obligatoire
web-form-optional = facultatif

## Settings.

web-settings-unchanged = Rien n'a changé : chaque valeur était déjà celle-ci.
web-settings-saved = { $count ->
    [one] { $count } paramètre enregistré.
   *[other] { $count } paramètres enregistrés.
}
web-settings-invalid = { $count ->
    [one] Rien n'a été enregistré : { $count } paramètre est à corriger (signalé ci-dessous).
   *[other] Rien n'a été enregistré : { $count } paramètres sont à corriger (signalés ci-dessous).
}
web-settings-managers-only = Seuls les membres ayant la permission Gérer le serveur peuvent les modifier.
web-col-setting = Paramètre
web-col-value = Valeur
web-col-default = Par défaut
web-settings-save = Enregistrer les modifications
web-settings-empty-default = Une valeur vide revient à la valeur par défaut.
web-settings-not-set = (non défini)
web-settings-not-in-server = { $id } (absent du serveur)
web-settings-ids = Les rôles et salons du serveur, avec leurs identifiants
web-settings-roles = Rôles
web-settings-channels = Salons

## Audit log.

web-audit-none = Rien n'a encore été modifié.
web-col-when-utc = Quand (UTC)
web-col-who = Qui
web-col-through = Par
web-col-what = Quoi
web-audit-default = (par défaut)
web-audit-operator = l'exploitant
web-audit-via-env = .env
web-audit-via-discord = Discord
web-audit-via-import = import
web-audit-via-dashboard = tableau de bord
web-audit-via-kb = base de connaissances
web-audit-entry = { $action ->
    [added] entrée { $entry } ajoutée dans { $file }
    [updated] entrée { $entry } modifiée dans { $file }
    [overrode] entrée { $entry } remplacée pour ce serveur dans { $file }
    [removed] entrée { $entry } retirée de { $file }
   *[other] entrée { $entry } : { $action } ({ $file })
}
