# Slash commands: names and descriptions as Discord shows them in the command picker.
# One message per command, subcommand group, subcommand and option; its id is `cmd-` and
# the path of English names joined by `-`; choices add `-choice-` and the choice's value.
# Names follow Discord's rules in every language: 1 to 32 lowercase letters, digits, `-`
# or `_`, no spaces (the message command "Answer with knowledge base" excepted); sibling
# options must have different names. Descriptions: 1 to 100 characters.
# Spanish: names are written without accents (categoria, dias, resolucion) so that they
# are easy to type; descriptions keep correct spelling.


## /ticket
cmd-ticket = ticket
    .description = Tickets de soporte: abre uno o atiéndelos como agente
cmd-ticket-open = abrir
    .description = Abre un ticket privado con el equipo de soporte
cmd-ticket-open-topic = asunto
    .description = ¿Con qué necesitas ayuda?
cmd-ticket-open-member = miembro
    .description = Agentes: ábrelo en nombre de este miembro
cmd-ticket-open-category = categoria
    .description = De qué se trata (responde el equipo de esa categoría)
cmd-ticket-claim = tomar
    .description = Agentes: hazte cargo de este ticket
cmd-ticket-unclaim = liberar
    .description = Agentes: devuelve este ticket a la cola
cmd-ticket-escalate = escalar
    .description = Agentes: pasa este ticket a un nivel superior
cmd-ticket-escalate-reason = motivo
    .description = Por qué necesita un nivel superior
cmd-ticket-escalate-tier = nivel
    .description = Escálalo directamente a este nivel
cmd-ticket-close = cerrar
    .description = Cierra este ticket
cmd-ticket-close-resolution = resolucion
    .description = Cómo se resolvió
cmd-ticket-reopen = reabrir
    .description = Vuelve a abrir este ticket cerrado
cmd-ticket-queue = cola
    .description = Agentes: tickets abiertos por prioridad (urgentes primero) y luego por antigüedad
cmd-ticket-queue-tag = etiqueta
    .description = Solo los tickets con esta etiqueta
cmd-ticket-queue-category = categoria
    .description = Solo los tickets de esta categoría
cmd-ticket-move = mover
    .description = Agentes: mueve este ticket a otra categoría
cmd-ticket-move-category = categoria
    .description = La categoría (su equipo se hace cargo)
cmd-ticket-tag = etiqueta
    .description = Agentes: las etiquetas de este ticket
cmd-ticket-tag-add = poner
    .description = Ponle una etiqueta a este ticket
cmd-ticket-tag-add-tag = etiqueta
    .description = La etiqueta (/etiqueta lista las muestra todas)
cmd-ticket-tag-remove = quitar
    .description = Quítale una etiqueta a este ticket
cmd-ticket-tag-remove-tag = etiqueta
    .description = La etiqueta
cmd-ticket-add = agregar
    .description = Agrega a alguien al hilo de este ticket
cmd-ticket-add-user = usuario
    .description = A quién agregar
cmd-ticket-transfer = transferir
    .description = Agentes: pasa este ticket que tienes tomado a otro agente
cmd-ticket-transfer-agent = agente
    .description = El agente que se hace cargo
cmd-ticket-priority = prioridad
    .description = Agentes: cambia la prioridad de este ticket
cmd-ticket-priority-level = nivel
    .description = Baja, normal, alta o urgente
cmd-ticket-priority-level-choice-low = baja
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = alta
cmd-ticket-priority-level-choice-urgent = urgente
cmd-ticket-note = nota
    .description = Agentes: una nota que solo ven los agentes, nunca el miembro
cmd-ticket-note-text = texto
    .description = La nota
cmd-ticket-close-request = solicitar-cierre
    .description = Agentes: pregunta al miembro si se puede cerrar este ticket
cmd-ticket-close-request-reason = motivo
    .description = Qué se hizo (pasa a ser la resolución)
cmd-ticket-notes = notas
    .description = Agentes: las notas internas de este ticket
cmd-ticket-history = historial
    .description = Agentes: todo lo que ha pasado con este ticket

## /kb
cmd-kb = respuestas
    .description = Base de conocimiento: respuestas predefinidas y cómo afinarlas
cmd-kb-send = enviar
    .description = Agentes: publica aquí una respuesta predefinida (en un ticket o en cualquier canal)
cmd-kb-send-entry = entrada
    .description = La entrada (id o título)
cmd-kb-test = probar
    .description = Moderadores: qué respondería el bot y por qué
cmd-kb-test-question = pregunta
    .description = Una pregunta tal como la haría un miembro
cmd-kb-reload = recargar
    .description = Moderadores: vuelve a cargar ahora los archivos de respuestas
cmd-kb-gaps = lagunas
    .description = Moderadores: preguntas sin respuesta que acabaron en tickets
cmd-kb-add = crear
    .description = Moderadores: una entrada nueva para este servidor
cmd-kb-edit = editar
    .description = Moderadores: cambia una entrada de este servidor
cmd-kb-edit-entry = entrada
    .description = La entrada (id o título)
cmd-kb-remove = eliminar
    .description = Moderadores: elimina una de las entradas de este servidor
cmd-kb-remove-entry = entrada
    .description = La entrada (id o título)
cmd-kb-list = lista
    .description = Moderadores: las entradas con las que responde este servidor
cmd-kb-list-page = pagina
    .description = La página (20 entradas por página)

## /support
cmd-support = soporte
    .description = Cifras del equipo de soporte
cmd-support-stats = estadisticas
    .description = Indicadores clave (KPI) con un gráfico
cmd-support-stats-days = dias
    .description = Cuántos días hacia atrás (30 por defecto)
cmd-support-stats-category = categoria
    .description = Solo las cifras de esta categoría
cmd-support-block = bloquear
    .description = Moderadores: impide que un miembro abra tickets
cmd-support-block-member = miembro
    .description = El miembro
cmd-support-block-reason = motivo
    .description = Por qué (solo lo ven los moderadores; al miembro no se le dice)
cmd-support-block-days = dias
    .description = Durante cuántos días (por defecto: hasta que se levante con /soporte desbloquear)
cmd-support-unblock = desbloquear
    .description = Moderadores: permite que un miembro bloqueado vuelva a abrir tickets
cmd-support-unblock-member = miembro
    .description = El miembro
cmd-support-blocks = bloqueos
    .description = Moderadores: los miembros que no pueden abrir tickets

## /config
cmd-config = ajustes
    .description = Los ajustes de Concierge en este servidor
cmd-config-show = ver
    .description = Todos los ajustes, con los valores por defecto señalados
cmd-config-set = cambiar
    .description = Cambia un ajuste
cmd-config-set-key = ajuste
    .description = El ajuste
cmd-config-set-value = valor
    .description = El nuevo valor (ids, #canales o @roles separados por comas)
cmd-config-reset = restablecer
    .description = Devuelve un ajuste a su valor por defecto
cmd-config-reset-key = ajuste
    .description = El ajuste
cmd-config-delete-data = borrar-datos
    .description = Propietario del servidor: borra todo lo que Concierge guarda de este servidor

## /setup
cmd-setup = configurar
    .description = Configura Concierge aquí: roles de agentes, canales de ayuda, de tickets y de registro

## /tag
cmd-tag = etiqueta
    .description = Las etiquetas de tickets del servidor
cmd-tag-add = crear
    .description = Moderadores: crea una etiqueta que los agentes pueden ponerles a los tickets
cmd-tag-add-name = nombre
    .description = Letras minúsculas sin tildes, dígitos y guiones
cmd-tag-add-description = descripcion
    .description = Para qué sirve
cmd-tag-remove = eliminar
    .description = Moderadores: elimina una etiqueta (y la quita de todos los tickets)
cmd-tag-remove-name = nombre
    .description = La etiqueta
cmd-tag-list = lista
    .description = Las etiquetas y cuántos tickets tiene cada una

## /category
cmd-category = categoria
    .description = Las categorías de tickets del servidor (departamentos)
cmd-category-add = crear
    .description = Moderadores: crea una categoría (un formulario te pide su nombre y sus preguntas)
cmd-category-add-team = equipo
    .description = El equipo al que se avisa de sus tickets y que puede atenderlos en el nivel 1
cmd-category-add-first-response = primera-respuesta
    .description = Objetivo de primera respuesta en minutos en el nivel 1 (0: el del servidor)
cmd-category-add-priority = prioridad
    .description = La prioridad con la que empiezan sus tickets
cmd-category-add-priority-choice-low = baja
cmd-category-add-priority-choice-normal = normal
cmd-category-add-priority-choice-high = alta
cmd-category-add-priority-choice-urgent = urgente
cmd-category-add-inactivity = inactividad
    .description = Preguntar "¿Está resuelto?" cuando el miembro deja de responder (por defecto: sí)
cmd-category-edit = editar
    .description = Moderadores: cambia una categoría
cmd-category-edit-name = nombre
    .description = La categoría
cmd-category-edit-team = equipo
    .description = El equipo al que se avisa de sus tickets y que puede atenderlos en el nivel 1
cmd-category-edit-first-response = primera-respuesta
    .description = Objetivo de primera respuesta en minutos en el nivel 1 (0: el del servidor)
cmd-category-edit-priority = prioridad
    .description = La prioridad con la que empiezan sus tickets
cmd-category-edit-priority-choice-low = baja
cmd-category-edit-priority-choice-normal = normal
cmd-category-edit-priority-choice-high = alta
cmd-category-edit-priority-choice-urgent = urgente
cmd-category-edit-inactivity = inactividad
    .description = Preguntar "¿Está resuelto?" cuando el miembro deja de responder (por defecto: sí)
cmd-category-edit-no-team = sin-equipo
    .description = Actívalo si no tiene equipo propio (se avisa al rol de nivel 1)
cmd-category-remove = eliminar
    .description = Moderadores: elimina una categoría (sus tickets la conservan)
cmd-category-remove-name = nombre
    .description = La categoría
cmd-category-list = lista
    .description = Las categorías y qué hace cada una

## /panel
cmd-panel = panel
    .description = Paneles de tickets: un mensaje desde el que los miembros abren tickets
cmd-panel-post = publicar
    .description = Moderadores: publica un panel de tickets en un canal
cmd-panel-post-channel = canal
    .description = Dónde publicarlo
cmd-panel-post-style = estilo
    .description = Botones, un menú o automático (botones si hay hasta 5 categorías)
cmd-panel-post-style-choice-auto = automático
cmd-panel-post-style-choice-buttons = botones
cmd-panel-post-style-choice-menu = menú
cmd-panel-edit = editar
    .description = Moderadores: cambia el texto o el estilo de un panel sin volver a publicarlo
cmd-panel-edit-panel = panel
    .description = El panel
cmd-panel-edit-style = estilo
    .description = Botones, un menú o automático (botones si hay hasta 5 categorías)
cmd-panel-edit-style-choice-auto = automático
cmd-panel-edit-style-choice-buttons = botones
cmd-panel-edit-style-choice-menu = menú
cmd-panel-remove = eliminar
    .description = Moderadores: elimina un panel
cmd-panel-remove-panel = panel
    .description = El panel
cmd-panel-list = lista
    .description = Moderadores: los paneles del servidor

## Answer with knowledge base
cmd-answer-with-knowledge-base = Usar respuesta predefinida
