import '@fiko/team-ui/styles.css';

document.title = 'Host';
