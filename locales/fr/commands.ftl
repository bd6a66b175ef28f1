# Slash commands: names and descriptions as Discord shows them in the command picker.
# One message per command, subcommand group, subcommand and option; its id is `cmd-` and
# the path of English names joined by `-`; choices add `-choice-` and the choice's value.
# Names follow Discord's rules in every language: 1 to 32 lowercase letters, digits, `-`
# or `_`, no spaces (the message command "Answer with knowledge base" excepted); sibling
# options must have different names. Descriptions: 1 to 100 characters.


## /ticket
cmd-ticket = ticket
    .description = Tickets de support : en ouvrir un, ou en traiter un en tant qu'agent
cmd-ticket-open = ouvrir
    .description = Ouvrir un ticket privé avec l'équipe de support
cmd-ticket-open-topic = sujet
    .description = Pour quoi avez-vous besoin d'aide ?
cmd-ticket-open-member = membre
    .description = Agents : l'ouvrir au nom de ce membre
cmd-ticket-open-category = catégorie
    .description = De quoi il s'agit (l'équipe concernée vous répond)
cmd-ticket-claim = prendre
    .description = Agents : prendre en charge ce ticket
cmd-ticket-unclaim = libérer
    .description = Agents : remettre ce ticket dans la file d'attente
cmd-ticket-escalate = escalader
    .description = Agents : transmettre ce ticket à un niveau supérieur
cmd-ticket-escalate-reason = raison
    .description = Pourquoi il doit passer à un niveau supérieur
cmd-ticket-escalate-tier = niveau
    .description = Escalader directement à ce niveau
cmd-ticket-close = fermer
    .description = Fermer ce ticket
cmd-ticket-close-resolution = résolution
    .description = Comment il a été résolu
cmd-ticket-reopen = rouvrir
    .description = Rouvrir ce ticket fermé
cmd-ticket-queue = file
    .description = Agents : tickets ouverts par priorité (urgents d'abord), puis du plus ancien au plus récent
cmd-ticket-queue-tag = tag
    .description = Uniquement les tickets portant ce tag
cmd-ticket-queue-category = catégorie
    .description = Uniquement les tickets de cette catégorie
cmd-ticket-move = déplacer
    .description = Agents : déplacer ce ticket vers une autre catégorie
cmd-ticket-move-category = catégorie
    .description = La catégorie (son équipe prend le relais)
cmd-ticket-tag = tag
    .description = Agents : les tags de ce ticket
cmd-ticket-tag-add = ajouter
    .description = Ajouter un tag à ce ticket
cmd-ticket-tag-add-tag = tag
    .description = Le tag (/tag liste les affiche)
cmd-ticket-tag-remove = retirer
    .description = Retirer un tag de ce ticket
cmd-ticket-tag-remove-tag = tag
    .description = Le tag
cmd-ticket-add = ajouter
    .description = Ajouter quelqu'un au fil de ce ticket
cmd-ticket-add-user = utilisateur
    .description = La personne à ajouter
cmd-ticket-transfer = transférer
    .description = Agents : confier ce ticket pris en charge à un autre agent
cmd-ticket-transfer-agent = agent
    .description = L'agent qui prend le relais
cmd-ticket-priority = priorité
    .description = Agents : définir la priorité de ce ticket
cmd-ticket-priority-level = niveau
    .description = Basse, normale, haute ou urgente
cmd-ticket-priority-level-choice-low = basse
cmd-ticket-priority-level-choice-normal = normale
cmd-ticket-priority-level-choice-high = haute
cmd-ticket-priority-level-choice-urgent = urgente
cmd-ticket-note = note
    .description = Agents : une note visible uniquement des agents, jamais du membre
cmd-ticket-note-text = texte
    .description = La note
cmd-ticket-close-request = demande-fermeture
    .description = Agents : demander au membre si ce ticket peut être fermé
cmd-ticket-close-request-reason = raison
    .description = Ce qui a été fait (devient la résolution)
cmd-ticket-notes = notes
    .description = Agents : les notes internes de ce ticket
cmd-ticket-history = historique
    .description = Agents : tout ce qui est arrivé à ce ticket

## /kb
cmd-kb = base
    .description = Base de connaissances : réponses toutes faites et réglages
cmd-kb-send = envoyer
    .description = Agents : publier une réponse toute faite ici (dans un ticket ou n'importe quel salon)
cmd-kb-send-entry = entrée
    .description = L'entrée (identifiant ou titre)
cmd-kb-test = tester
    .description = Modérateurs : ce que le bot répondrait, et pourquoi
cmd-kb-test-question = question
    .description = Une question formulée comme un membre la poserait
cmd-kb-reload = recharger
    .description = Modérateurs : recharger les fichiers de réponses maintenant
cmd-kb-gaps = lacunes
    .description = Modérateurs : les questions restées sans réponse qui sont devenues des tickets
cmd-kb-add = ajouter
    .description = Modérateurs : une nouvelle entrée pour ce serveur
cmd-kb-edit = modifier
    .description = Modérateurs : modifier une entrée de ce serveur
cmd-kb-edit-entry = entrée
    .description = L'entrée (identifiant ou titre)
cmd-kb-remove = supprimer
    .description = Modérateurs : supprimer une des entrées de ce serveur
cmd-kb-remove-entry = entrée
    .description = L'entrée (identifiant ou titre)
cmd-kb-list = liste
    .description = Modérateurs : les entrées à partir desquelles ce serveur répond
cmd-kb-list-page = page
    .description = La page (20 entrées par page)

## /support
cmd-support = support
    .description = Les chiffres de l'équipe de support
cmd-support-stats = stats
    .description = Indicateurs clés (KPI) avec un graphique
cmd-support-stats-days = jours
    .description = Sur combien de jours (30 par défaut)
cmd-support-stats-category = catégorie
    .description = Uniquement les chiffres de cette catégorie
cmd-support-block = bloquer
    .description = Modérateurs : empêcher un membre d'ouvrir des tickets
cmd-support-block-member = membre
    .description = Le membre
cmd-support-block-reason = raison
    .description = Pourquoi (conservé pour les modérateurs ; le membre n'en est pas informé)
cmd-support-block-days = jours
    .description = Pour combien de jours (par défaut : jusqu'au déblocage avec /support débloquer)
cmd-support-unblock = débloquer
    .description = Modérateurs : permettre à un membre bloqué d'ouvrir à nouveau des tickets
cmd-support-unblock-member = membre
    .description = Le membre
cmd-support-blocks = blocages
    .description = Modérateurs : les membres qui ne peuvent pas ouvrir de tickets

## /config
cmd-config = config
    .description = Les réglages de Concierge pour ce serveur
cmd-config-show = afficher
    .description = Tous les réglages, valeurs par défaut signalées
cmd-config-set = définir
    .description = Modifier un réglage
cmd-config-set-key = réglage
    .description = Le réglage
cmd-config-set-value = valeur
    .description = La nouvelle valeur (identifiants, #salons ou @rôles séparés par des virgules)
cmd-config-reset = réinitialiser
    .description = Remettre un réglage à sa valeur par défaut
cmd-config-reset-key = réglage
    .description = Le réglage
cmd-config-delete-data = supprimer-données
    .description = Propriétaire du serveur : effacer tout ce que Concierge conserve pour ce serveur

## /setup
cmd-setup = installer
    .description = Installer Concierge ici : rôles des agents, salons d'aide, salons des tickets et des logs

## /tag
cmd-tag = tag
    .description = Les tags de tickets du serveur
cmd-tag-add = ajouter
    .description = Modérateurs : ajouter un tag que les agents pourront mettre sur les tickets
cmd-tag-add-name = nom
    .description = Lettres minuscules, chiffres et tirets
cmd-tag-add-description = description
    .description = À quoi il sert
cmd-tag-remove = supprimer
    .description = Modérateurs : supprimer un tag (et le retirer de tous les tickets)
cmd-tag-remove-name = nom
    .description = Le tag
cmd-tag-list = liste
    .description = Les tags, avec le nombre de tickets qui portent chacun d'eux

## /category
cmd-category = catégorie
    .description = Les catégories de tickets du serveur (services)
cmd-category-add = ajouter
    .description = Modérateurs : ajouter une catégorie (un formulaire demande son nom et ses questions)
cmd-category-add-team = équipe
    .description = L'équipe notifiée pour ses tickets, autorisée à les traiter au niveau 1
cmd-category-add-first-response = première-réponse
    .description = Délai cible de première réponse en minutes au niveau 1 (0 : celui du serveur)
cmd-category-add-priority = priorité
    .description = La priorité de départ de ses tickets
cmd-category-add-priority-choice-low = basse
cmd-category-add-priority-choice-normal = normale
cmd-category-add-priority-choice-high = haute
cmd-category-add-priority-choice-urgent = urgente
cmd-category-add-inactivity = inactivité
    .description = Demander « C'est résolu ? » aux membres restés silencieux (par défaut : oui)
cmd-category-edit = modifier
    .description = Modérateurs : modifier une catégorie
cmd-category-edit-name = nom
    .description = La catégorie
cmd-category-edit-team = équipe
    .description = L'équipe notifiée pour ses tickets, autorisée à les traiter au niveau 1
cmd-category-edit-first-response = première-réponse
    .description = Délai cible de première réponse en minutes au niveau 1 (0 : celui du serveur)
cmd-category-edit-priority = priorité
    .description = La priorité de départ de ses tickets
cmd-category-edit-priority-choice-low = basse
cmd-category-edit-priority-choice-normal = normale
cmd-category-edit-priority-choice-high = haute
cmd-category-edit-priority-choice-urgent = urgente
cmd-category-edit-inactivity = inactivité
    .description = Demander « C'est résolu ? » aux membres restés silencieux (par défaut : oui)
cmd-category-edit-no-team = sans-équipe
    .description = Vrai : pas d'équipe propre (le rôle de niveau 1 est notifié)
cmd-category-remove = supprimer
    .description = Modérateurs : supprimer une catégorie (ses tickets la conservent)
cmd-category-remove-name = nom
    .description = La catégorie
cmd-category-list = liste
    .description = Les catégories et le rôle de chacune

## /panel
cmd-panel = panneau
    .description = Panneaux de tickets : un message à partir duquel les membres ouvrent des tickets
cmd-panel-post = publier
    .description = Modérateurs : publier un panneau de tickets dans un salon
cmd-panel-post-channel = salon
    .description = Où le publier
cmd-panel-post-style = style
    .description = Boutons, menu ou auto (boutons jusqu'à 5 catégories)
cmd-panel-post-style-choice-auto = auto
cmd-panel-post-style-choice-buttons = boutons
cmd-panel-post-style-choice-menu = menu
cmd-panel-edit = modifier
    .description = Modérateurs : modifier le texte ou le style d'un panneau, sans le republier
cmd-panel-edit-panel = panneau
    .description = Le panneau
cmd-panel-edit-style = style
    .description = Boutons, menu ou auto (boutons jusqu'à 5 catégories)
cmd-panel-edit-style-choice-auto = auto
cmd-panel-edit-style-choice-buttons = boutons
cmd-panel-edit-style-choice-menu = menu
cmd-panel-remove = supprimer
    .description = Modérateurs : supprimer un panneau
cmd-panel-remove-panel = panneau
    .description = Le panneau
cmd-panel-list = liste
    .description = Modérateurs : les panneaux du serveur

## Answer with knowledge base
cmd-answer-with-knowledge-base = Répondre (base de connaissances)
