import { addMessages } from '../i18n/index.js';
import { interview } from '../i18n/messages/interview.js';

// The interview's messages, registered once by every module of the area that prints.
addMessages(interview);
